// What a team answers on: station cards, riddles and hints. Loaded when the first riddle is shown, so that
// the first screen of the game (the map and where to go) does not wait for them.

export { hintList } from './hints.js';
export { riddleSection } from './riddle.js';
export { stationCard, stationSignature } from './station.js';
