package org.dearmp;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The no-network rule, shown on throwaway classes: it catches sockets, lookups and URL streams, not mailto: text. */
class NoNetworkRuleTest {
    private static JavaClasses fixture(String simpleName) throws ClassNotFoundException {
        return new ClassFileImporter().importClasses(Class.forName("org.dearmp.archfixture.network." + simpleName));
    }

    @Test
    void socketsLookupsAndUrlStreamsFailTheRule() throws ClassNotFoundException {
        JavaClasses uploader = fixture("Uploader");
        assertThatThrownBy(() -> CommonArchitectureTest.theAppNeverTouchesTheNetwork.check(uploader))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.net.Socket")
                .hasMessageContaining("java.net.InetAddress.getByName")
                .hasMessageContaining("java.net.URL.openStream")
                .hasMessageContaining("java.net.URI.toURL");
    }

    @Test
    void aMailtoLinkMadeAsTextPassesTheRule() throws ClassNotFoundException {
        CommonArchitectureTest.theAppNeverTouchesTheNetwork.check(fixture("MailtoLink"));
    }
}
