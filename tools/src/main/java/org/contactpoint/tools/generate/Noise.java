package org.contactpoint.tools.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/** The ways real source systems get a child's details wrong: typos, nicknames, swapped dates, shouting capitals. */
final class Noise {

    private static final String KEYBOARD = "qwertyuiopasdfghjklzxcvbnm";

    private Noise() {
    }

    /** One typing error: a dropped, doubled, swapped or wrong letter (never the first letter, as people rarely do). */
    static String typo(String name, SplittableRandom rnd) {
        if (name.length() < 4) {
            return name;
        }
        int i = 1 + rnd.nextInt(name.length() - 2);
        char c = name.charAt(i);
        if (!Character.isLetter(c) || !Character.isLetter(name.charAt(i + 1))) {
            return name;
        }
        return switch (rnd.nextInt(4)) {
            case 0 -> name.substring(0, i) + name.substring(i + 1);
            case 1 -> name.substring(0, i + 1) + c + name.substring(i + 1);
            case 2 -> name.substring(0, i) + name.charAt(i + 1) + c + name.substring(i + 2);
            default -> name.substring(0, i) + KEYBOARD.charAt(rnd.nextInt(KEYBOARD.length())) + name.substring(i + 1);
        };
    }

    static String nickname(String given, Map<String, List<String>> nicknames, SplittableRandom rnd) {
        List<String> options = nicknames.get(given);
        return options == null ? given : options.get(rnd.nextInt(options.size()));
    }

    /** Day and month swapped, as a US-style form or a careless clerk does; only possible when the day is ≤ 12. */
    static LocalDate swapDayMonth(LocalDate dob) {
        if (dob.getDayOfMonth() > 12 || dob.getDayOfMonth() == dob.getMonthValue()) {
            return dob;
        }
        return LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue());
    }

    /** One digit of the day wrong ("17" typed as "18"), staying inside the month. */
    static LocalDate digitOff(LocalDate dob, SplittableRandom rnd) {
        int day = dob.getDayOfMonth();
        int changed = rnd.nextBoolean() ? day + 1 : day - 1;
        if (changed < 1 || changed > dob.lengthOfMonth()) {
            changed = day == 1 ? 2 : day - 1;
        }
        return dob.withDayOfMonth(changed);
    }

    /** Legacy systems store names in capitals. */
    static String shout(String name) {
        return name.toUpperCase(Locale.UK);
    }

    /** Apostrophes and hyphens dropped by systems that cannot store them ("O'Brien" → "OBrien"). */
    static String flatten(String name) {
        return name.replace("'", "").replace("-", " ");
    }
}
