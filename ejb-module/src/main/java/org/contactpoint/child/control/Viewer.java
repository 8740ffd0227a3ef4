package org.contactpoint.child.control;

import org.contactpoint.child.api.RecordView;
import org.contactpoint.involvement.entity.ServiceType;

import java.util.Set;

/**
 * What a caller may see of one child, worked out from their permissions before projecting: whether they decide
 * shielding for the child's authority (and so see a shielded record in full), which sensitive services they may
 * see, whether they are a national partner (never sensitive services or archived records), and their organisation
 * (whose involvements they may edit and see).
 */
public record Viewer(String organisationCode, boolean nationalPartner, boolean decidesShielding,
                     Set<ServiceType> sensitiveServicesVisible, RecordView.TeamContact team) {
}
