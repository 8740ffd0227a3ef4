package org.contactpoint.child.control;

import org.contactpoint.child.api.RecordView;
import org.contactpoint.child.api.ViewLevel;
import org.contactpoint.child.entity.Child;
import org.contactpoint.child.entity.ContactPointId;
import org.contactpoint.child.entity.Gender;
import org.contactpoint.contactdetails.entity.Address;
import org.contactpoint.contactdetails.entity.ContactDetails;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RecordProjectorTest {

    private static final Viewer PRACTITIONER = new Viewer("NOTTS-YOT", false, false, Set.of(), null);

    private final Child child = new Child(ContactPointId.fromSerial(100_000_001L), "Olivia", "Smith",
            LocalDate.of(2015, 3, 7), Gender.FEMALE, Instant.now());

    @Test
    void aParentTwoSourcesNameAlikeIsShownOnceAsFirstRecorded() {
        child.addParentCarer("Emma Smith", "mother", true, new ContactDetails("0115 496 0000", null), null);
        child.addParentCarer("EMMA SMITH ", "mother", true, new ContactDetails("07700 900000", null), null);
        child.addParentCarer("Tom Smith", "father", true, new ContactDetails(null, null), null);

        RecordView view = RecordProjector.project(child, List.of(), PRACTITIONER);

        assertThat(view.parentsCarers()).extracting(RecordView.ParentCarerView::name, RecordView.ParentCarerView::phone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Emma Smith", "0115 496 0000"),
                        org.assertj.core.groups.Tuple.tuple("Tom Smith", null));
    }

    @Test
    void aShieldedChildShowsNoParentAtAll() {
        child.addParentCarer("Emma Smith", "mother", true, new ContactDetails("0115 496 0000", null),
                new Address("12 Mill Lane", null, "West Bridgford", "NG2 7QP"));
        child.shield();

        RecordView view = RecordProjector.project(child, List.of(), PRACTITIONER);

        assertThat(view.level()).isEqualTo(ViewLevel.SHIELDED);
        assertThat(view.parentsCarers()).isEmpty();
        assertThat(view.toString()).doesNotContain("Mill Lane", "NG2 7QP", "Emma");
    }
}
