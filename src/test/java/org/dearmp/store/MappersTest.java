package org.dearmp.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

class MappersTest {

    /** What an older app version reads from a file a newer one wrote. */
    record Older(String name) {
    }

    @Test
    void eachMapperIsBuiltOnceAndShared() {
        assertThat(Mappers.json()).isSameAs(Mappers.json());
        assertThat(Mappers.prettyJson()).isSameAs(Mappers.prettyJson()).isNotSameAs(Mappers.json());
        assertThat(Mappers.yaml()).isSameAs(Mappers.yaml());
    }

    @Test
    void jsonIgnoresFieldsItDoesNotKnowAndPrettyJsonIndents() {
        assertThat(Mappers.json().readValue("{\"name\":\"Ann\",\"added\":1}", Older.class)).isEqualTo(new Older("Ann"));
        assertThat(Mappers.prettyJson().readValue("{\"name\":\"Ann\",\"added\":1}", Older.class))
                .isEqualTo(new Older("Ann"));
        assertThat(Mappers.json().writeValueAsString(Map.of("a", 1))).isEqualTo("{\"a\":1}");
        assertThat(Mappers.prettyJson().writeValueAsString(Map.of("a", 1))).contains("\n");
    }

    @Test
    void jsonLinesLeaveTheStreamOpenForTheNextLine() {
        StringWriter out = new StringWriter() {
            @Override
            public void close() {
                throw new AssertionError("the stream is the caller's");
            }
        };
        try (JsonGenerator json = Mappers.jsonLines().createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("input", "LL58 8AA");
            json.writeEndObject();
        }
        assertThat(out).hasToString("{\"input\":\"LL58 8AA\"}");
    }

    @Test
    void yamlIsWrittenAsPeopleWriteTemplateHeaders() {
        var root = Mappers.yaml().createObjectNode().put("version", "1").put("title", "Plain words")
                .put("summary", "Commas, colons: and quotes");
        assertThat(Mappers.yaml().writeValueAsString(root))
                .isEqualTo("version: \"1\"\ntitle: Plain words\nsummary: \"Commas, colons: and quotes\"\n");
    }
}
