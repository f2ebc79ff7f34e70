/**
 * The plain words a draft puts where students read: the explanation (required,
 * 1–800 characters) and evidence notes. A draft's explanation says, in a
 * student's words, what the evidence shown does — "another source gives a
 * different number for the same thing" — and ends with a check the student can
 * reuse. It names outlets and figures, never a rule, a score or a guess: the
 * reasons stay in `extensions.draft` for the author, who rewrites or keeps it.
 */

import type { EvidenceReason, FigureReason } from './extension';

function figure(f: FigureReason): string {
  return [f.text, ...f.counts.slice(0, 1)].join(' ');
}

function outletOf(r: EvidenceReason): string {
  return r.source.outlet && r.source.outlet !== 'unknown' ? r.source.outlet : 'another source';
}

/** A short plain note for an evidence passage, or undefined when the passage speaks for itself. */
export function noteFor(r: EvidenceReason, quoteSpeaker: string): string | undefined {
  if (r.why === 'same-account') return `This is ${possessive(quoteSpeaker)} own account again, so it is not a second source.`;
  if (r.why === 'same-document') return 'This and the quote come from the same document, so it is not a second source.';
  if (r.why === 'reported-claim') return 'This only reports what is claimed, so it shows who says so, not that it is so.';
  if (r.why !== 'conflict') return undefined;
  if (r.signal === 'figure-revised' && r.figures)
    return r.figures.other.role === 'retracted' ? `Says the figure ${r.figures.quote.text} was later revised.` : `The figure ${r.figures.quote.text} was later replaced by ${r.figures.other.text}.`;
  if ((r.signal === 'figures-differ' || r.signal === 'ages-differ') && r.figures) return `Gives ${figure(r.figures.other)}, not ${r.figures.quote.text}.`;
  if (r.signal === 'dates-differ' && r.years) return `Gives ${r.years.other.join(' and ')}, not ${r.years.quote.join(' and ')}.`;
  if (r.signal === 'rejected') return r.denied?.by === 'quote' ? 'This is what the answer calls false.' : 'The answer calls this false.';
  if (r.signal === 'opposite-ends' && r.scale) return `Says \u201c${r.scale.other}\u201d where the quote says \u201c${r.scale.quote}\u201d.`;
  return undefined;
}

function possessive(name: string): string {
  const n = name.replace(/, as reported$/, '');
  if (/^(the reporter|the author|the interviewer)$/.test(n)) return 'the same writer\u2019s';
  return /s$/.test(n) ? `${n}\u2019` : `${n}\u2019s`;
}

/** The explanation of a draft item, from the reasons of the passages it shows. */
export function explanationFor(verdict: 'claim' | 'verified-fact' | 'disputed', reasons: EvidenceReason[], quoteSpeaker: string): string {
  const conflict = reasons.find((r) => r.why === 'conflict');
  const support = reasons.find((r) => r.why === 'agreement');
  const again = reasons.find((r) => r.why === 'same-account');
  const reported = reasons.find((r) => r.why === 'reported-claim');
  const document = reasons.find((r) => r.why === 'same-document');
  if (verdict === 'disputed' && conflict) {
    const where = outletOf(conflict);
    if (conflict.signal === 'figure-revised' && conflict.figures)
      return conflict.figures.other.role === 'retracted'
        ? `${where} reports that the figure ${conflict.figures.quote.text} was later revised. Check whether a figure was corrected after it was first given.`
        : `${where} reports that the figure ${conflict.figures.quote.text} was later replaced by ${conflict.figures.other.text}. Check whether a figure was corrected after it was first given.`;
    if (conflict.signal === 'figures-differ' && conflict.figures)
      return `The sources give different numbers for the same thing: ${figure(conflict.figures.quote)} here, ${figure(conflict.figures.other)} in ${where}. Ask who counted, and how.`;
    if (conflict.signal === 'ages-differ' && conflict.figures)
      return `${where} gives an age that does not fit this one: the two imply different years of birth. Check the dates behind an age.`;
    if (conflict.signal === 'dates-differ' && conflict.years)
      return `${where} gives a different year for the same event: ${conflict.years.other.join(' and ')} instead of ${conflict.years.quote.join(' and ')}. Do the dates match?`;
    if (conflict.signal === 'rejected')
      return conflict.denied?.by === 'quote'
        ? 'In the same interview, this answer calls false what was just said. Who can back either side up?'
        : 'In the same interview, the answer calls this false. Who can back either side up?';
    if (conflict.signal === 'opposite-ends' && conflict.scale)
      return `${where} says \u201c${conflict.scale.other}\u201d where this says \u201c${conflict.scale.quote}\u201d: both cannot be true of the same thing. Check what each word means here.`;
    return `${where} says otherwise. When a statement is denied, look at what the other sources report.`;
  }
  if (verdict === 'verified-fact' && support)
    return `${outletOf(support)} reports the same thing separately, so two independent sources agree. Is the second source really separate from the first?`;
  if (again)
    return `${outletOf(again)} repeats this, but as ${possessive(quoteSpeaker)} own account, which is not a second source. So it stays a claim. A claim is not the same as false: it could be checked elsewhere.`;
  if (document)
    return `${outletOf(document)} says the same, but both come from the same document, which is not a second source. So it stays a claim. A claim is not the same as false: it could be checked elsewhere.`;
  if (reported)
    return `${outletOf(reported)} says the same, but only as a claim someone makes, which is not a check of it. So it stays a claim. A claim is not the same as false: it could be checked elsewhere.`;
  return 'No other source here confirms or refutes this, so it stays a claim. A claim is not the same as false: it could be checked elsewhere.';
}
