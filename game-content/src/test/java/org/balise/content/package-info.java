/**
 * Tools and tests for the content: the command-line validator for authors, the rally's generator of routes and
 * route sheets, the tests that load every shipped circuit and the corpus of broken ones, and the tests that play
 * the shipped circuits through the engine. Test scope only: the content jar ships no code, and
 * game-content depends on the engine for its tests only (ARCHITECTURE.md).
 */
@NullMarked
package org.balise.content;

import org.jspecify.annotations.NullMarked;
