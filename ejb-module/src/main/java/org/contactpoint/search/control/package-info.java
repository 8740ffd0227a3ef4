/**
 * Search: the keys a name is found by (normalised, phonetic), computed in Java when a record is written
 * (ARCHITECTURE.md §6). The search facade, nickname table and ranking arrive with the Practitioner portal issue.
 */
package org.contactpoint.search.control;
