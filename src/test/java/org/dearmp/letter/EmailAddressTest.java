package org.dearmp.letter;

import org.dearmp.testsupport.RealMps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.dearmp.testsupport.DataTest;

/** The one email check used by the letter step, the .eml, the mailto link, the batch and the CLI. */
@DataTest
class EmailAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sam.jones@example.org|sam.jones@example.org",
        "  rachel.blake.mp@parliament.uk  |rachel.blake.mp@parliament.uk",
        "o'brien+mp@Example.ORG|o'brien+mp@example.org",
        "sian@tŷ.cymru|sian@xn--t-foa.cymru",
        "lukasz@łódź.pl|lukasz@xn--d-uga0v4h.pl",
        "jo@bücher.example.de|jo@xn--bcher-kva.example.de",
    })
    void aValidAddressComesBackInItsAsciiForm(String typed, String ascii) {
        assertThat(EmailAddress.check(typed)).isEqualTo(new EmailAddress.Valid(ascii));
        assertThat(EmailAddress.ascii(typed)).contains(ascii);
        assertThat(ascii.chars()).allMatch(c -> c < 0x80);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "sam", "sam@", "@example.org", "sam@example", "sam@@example.org",
        "sam@exa mple.org", "sam jones@example.org", "sam..jones@example.org", ".sam@example.org", "sam.@example.org",
        "sam@-example.org", "sam@example-.org", "sam@example..org", "sam@example.org.", "sam@1.2.3.4",
        "sam@[127.0.0.1]", "\"sam jones\"@example.org", "sam<x>@example.org", "sam,jo@example.org",
        "sam@exam_ple.org", "sam@example.org\r\nBcc: x@example.org"})
    void aBrokenAddressIsRefusedWithAReason(String typed) {
        EmailAddress.Check check = EmailAddress.check(typed);
        assertThat(check).isInstanceOf(EmailAddress.Invalid.class);
        assertThat(((EmailAddress.Invalid) check).reason()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void aLocalPartBeyondAsciiIsRefusedRatherThanSentToBounce() {
        EmailAddress.Check check = EmailAddress.check("siân@example.org");
        assertThat(check).isInstanceOf(EmailAddress.Invalid.class);
        assertThat(((EmailAddress.Invalid) check).reason()).contains("before the @", "A to Z", "another");
    }

    @Test
    void lengthsFollowRfc5321() {
        assertThat(EmailAddress.isValid("a".repeat(64) + "@example.org")).isTrue();
        assertThat(EmailAddress.isValid("a".repeat(65) + "@example.org")).isFalse();
        String longDomain = ("a".repeat(60) + ".").repeat(4) + "org"; // 247 characters
        assertThat(EmailAddress.isValid("a@" + longDomain)).isTrue();
        assertThat(EmailAddress.isValid("a".repeat(10) + "@" + longDomain)).isFalse();
    }

    @Test
    void requireSaysWhoseAddressAndWhyWithoutRepeatingIt() {
        assertThatThrownBy(() -> EmailAddress.require("sam@example", "export.email.badSenderAddress"))
                .isInstanceOf(EmailAddress.InvalidException.class)
                .hasMessageStartingWith("Your email address cannot be used: the part after the @ is not a domain name")
                .hasMessageNotContaining("sam@example");
        assertThat(EmailAddress.require(" sam@example.org ", "export.email.badSenderAddress"))
                .isEqualTo("sam@example.org");
    }

    @Test
    void everyMpEmailInTheBundledDataPassesTheCheck() {
        assertThat(RealMps.all()).hasSizeGreaterThan(600);
        assertThat(RealMps.all().stream().map(seat -> seat.member().email()).filter(e -> e != null))
                .hasSizeGreaterThan(500)
                .allSatisfy(email -> assertThat(EmailAddress.check(email)).as(email).isInstanceOf(EmailAddress.Valid.class));
    }
}
