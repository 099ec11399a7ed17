/** `session-card/ssr`: the card rendered on a server, with declarative shadow DOM. */
export {renderSessionCard, styleHashSource, type RenderSessionCardOptions} from './render-session-card.js';
