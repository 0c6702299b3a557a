/**
 * Challenges for class: a scenario to start from, a question, and a goal the app checks live against
 * every projection (conditions on model outputs, parameters that must stay where they start). Read from
 * {@code .challenge.json} files (docs/CHALLENGES.md); the ones shipped are listed in
 * /assets/challenges/index.txt. Pure Java: no JavaFX, and the model is never run here, only read.
 */
package org.divergence.challenge;
