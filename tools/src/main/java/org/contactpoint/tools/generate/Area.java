package org.contactpoint.tools.generate;

import java.util.List;

/**
 * Where a generated family lives: a local authority (null code when outside the server's mapping), its towns,
 * postcode districts, schools and GP practices.
 */
record Area(String laCode, String dfeNumber, List<String> towns, List<String> districts,
            List<Organisation> schools, List<Organisation> practices, String serviceCode) {

    /** A school (URN) or GP practice (code) with its name and phone. */
    record Organisation(String code, String name, String phone) {
    }
}
