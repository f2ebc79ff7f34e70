/** Sourced: the page's one entry. The router loads the surface the address asks for. */
import './styles/main.css';
import { startRouter } from './ui/app';

startRouter();
