package dev.retort.dialect.h2;

import java.util.Arrays;
import java.util.Set;

/** H2 2.x's keywords, which cannot name a table or column unquoted (some only in some places; quoting them everywhere is harmless). */
final class H2ReservedWords {
    static final Set<String> WORDS = Set.copyOf(Arrays.asList(
            """
            ALL AND ANY ARRAY AS ASYMMETRIC AUTHORIZATION BETWEEN BOTH CASE CAST CHECK CONSTRAINT CROSS
            CURRENT_CATALOG CURRENT_DATE CURRENT_PATH CURRENT_ROLE CURRENT_SCHEMA CURRENT_TIME
            CURRENT_TIMESTAMP CURRENT_USER DAY DEFAULT DISTINCT ELSE END EXCEPT EXISTS FALSE FETCH FOR
            FOREIGN FROM FULL GROUP GROUPS HAVING HOUR IF ILIKE IN INNER INTERSECT INTERVAL IS JOIN KEY
            LEADING LEFT LIKE LIMIT LOCALTIME LOCALTIMESTAMP MINUS MINUTE MONTH NATURAL NOT NULL OFFSET ON
            OR ORDER OVER PARTITION PRIMARY QUALIFY RANGE REGEXP RIGHT ROW ROWNUM ROWS SECOND SELECT
            SESSION_USER SET SOME SYMMETRIC SYSTEM_USER TABLE TO TOP TRAILING TRUE UESCAPE UNION UNIQUE
            UNKNOWN USER USING VALUE VALUES WHEN WHERE WINDOW WITH YEAR _ROWID_
            """
                    .strip()
                    .split("\\s+")));

    private H2ReservedWords() {}
}
