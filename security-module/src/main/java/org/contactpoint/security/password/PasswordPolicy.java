package org.contactpoint.security.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Password and PIN rules. Password: at least 12 characters, at most 128, not containing the username, not a common
 * password (bundled list, compared case-insensitively and ignoring trailing digits and symbols). PIN: exactly 6 digits,
 * not all the same and not a run such as 123456. Each check returns the problem in words, or nothing.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    public static Optional<String> checkPassword(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.length > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters long");
        }
        String text = new String(password).toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && text.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain your username");
        }
        String core = text.replaceAll("[^a-z]+$", "").replaceAll("^[^a-z]+", "");
        if (COMMON.contains(text) || COMMON.contains(core) || isRepetitive(text)) {
            return Optional.of("is too common or too easy to guess: choose a longer phrase of unrelated words");
        }
        return Optional.empty();
    }

    public static Optional<String> checkPin(char[] pin) {
        if (pin == null || pin.length != 6 || !new String(pin).chars().allMatch(Character::isDigit)) {
            return Optional.of("must be exactly 6 digits");
        }
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < 6; i++) {
            same &= pin[i] == pin[0];
            up &= pin[i] == pin[i - 1] + 1;
            down &= pin[i] == pin[i - 1] - 1;
        }
        if (same || up || down) {
            return Optional.of("must not be the same digit repeated or a run such as 123456");
        }
        return Optional.empty();
    }

    private static boolean isRepetitive(String text) {
        return text.chars().distinct().count() <= 3;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
