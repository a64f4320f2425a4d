package org.dearmp.archfixture.network;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Never run: what the app may do with java.net, making a mailto: link as text. */
final class MailtoLink {
    private MailtoLink() {
    }

    static URI link(String to, String subject) {
        return URI.create("mailto:" + to + "?subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8));
    }
}
