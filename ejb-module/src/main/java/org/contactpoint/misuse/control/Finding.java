package org.contactpoint.misuse.control;

import org.contactpoint.misuse.entity.MisuseRule;

/** What a rule found: for which team, about whom, once per period key, and the event that showed it. */
public record Finding(MisuseRule rule, String authority, String actor, String periodKey, long seq, String detail) {
}
