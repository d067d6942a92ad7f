package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void findsThePasswordsAUrlCarries() {
        assertThat(Redaction.passwordsIn("jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true"))
                .containsExactly("s3cret");
        assertThat(Redaction.passwordsIn("jdbc:mariadb://root:pa55@h:3306/db")).containsExactly("pa55");
        assertThat(Redaction.passwordsIn("jdbc:sqlserver://h;user=u;pwd=x1;db=y"))
                .containsExactly("x1");
        assertThat(Redaction.passwordsIn("jdbc:mariadb://h/db?user=root&password="))
                .isEmpty();
        assertThat(Redaction.passwordsIn(null)).isEmpty();
    }

    @Test
    void masksEveryKnownPasswordAndUrlPasswords() {
        String driverMessage = "Incorrect port value : pa55@h, url jdbc:x://h/db?password=other";
        assertThat(Redaction.redactAll(driverMessage, List.of("pa55")))
                .isEqualTo("Incorrect port value : ****@h, url jdbc:x://h/db?password=****");
        assertThat(Redaction.redactAll("nothing secret", List.of())).isEqualTo("nothing secret");
    }
}
