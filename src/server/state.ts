/**
 * The room's synced state: only what every device may see at the moment (see PublicState in
 * src/core/classroom/protocol.ts, which clients read it as). Nested payloads travel as JSON
 * strings checked by the clients; nothing here is filtered per client, so each patch is encoded
 * once for the whole class. A student's own data and the host's roster go in messages.
 */
import { schema, t, type SchemaType } from '@colyseus/schema';

export const ClassState = schema(
  {
    code: t.string().default(''),
    title: t.string().default(''),
    phase: t.string().default('lobby'),
    index: t.int32().default(-1),
    total: t.uint16().default(0),
    askConfidence: t.boolean().default(false),
    showQuote: t.boolean().default(true),
    leaderboard: t.boolean().default(false),
    deadline: t.float64().default(0),
    question: t.string().default(''),
    reveal: t.string().default(''),
    leaders: t.string().default(''),
    hostOnline: t.boolean().default(false),
  },
  'ClassState',
);
export type ClassState = SchemaType<typeof ClassState>;
