package org.dearmp.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.wizard.Step;
import org.junit.jupiter.api.Test;

/** Which part of the guide F1 opens on which screen, and what the parts about writing to an MP say. */
class GuideSectionTest {
    @Test
    void eachStepOfTheWizardOpensItsOwnPart() {
        for (Step step : Step.values()) {
            GuideSection section = GuideSection.forScreen(HelpTopic.forStep(step));
            assertThat(section.isScreen()).as(step.name()).isTrue();
            assertThat(section.name()).isEqualTo(step.name());
            assertThat(section.heading()).isEqualTo(Messages.get("ui.help." + step.name().toLowerCase(java.util.Locale.ROOT) + ".heading"));
        }
    }

    @Test
    void everyScreenHasAPartWithItsHelpTextAndKeys() {
        assertThat(GuideSection.screens()).extracting(GuideSection::topic).containsExactly(HelpTopic.values());
        for (HelpTopic topic : HelpTopic.values()) {
            GuideSection section = GuideSection.forScreen(topic);
            assertThat(section.topic()).isEqualTo(topic);
            assertThat(section.intro()).isEqualTo(topic.text());
        }
        assertThat(GuideSection.forScreen(HelpTopic.BATCH).topic().keys()).contains("Escape");
    }

    @Test
    void theGuideStartsWithWritingALetterThatCountsThenWhatHappensNextThenTheScreens() {
        assertThat(GuideSection.topLevel()).containsExactly(GuideSection.WRITING, GuideSection.NEXT,
                GuideSection.SCREENS);
        assertThat(GuideSection.WRITING.heading()).isEqualTo("Writing a letter that counts");
        assertThat(GuideSection.NEXT.heading()).isEqualTo("What happens next");
        assertThat(GuideSection.SCREENS.heading()).isEqualTo("How each screen works");
        assertThat(GuideSection.screens()).noneMatch(s -> GuideSection.topLevel().contains(s));
    }

    @Test
    void writingALetterThatCountsGivesItsKeyPoints() {
        List<String> points = GuideSection.WRITING.points();
        assertThat(points).hasSize(5);
        assertThat(points.get(0)).contains("one issue");
        assertThat(points.get(1)).contains("one clear ask", "what you would like your MP to do");
        assertThat(points.get(2)).contains("your own words", "story");
        assertThat(points.get(3)).contains("full name and home address", "postcode", "constituency");
        assertThat(points.get(4)).contains("courteous");
    }

    @Test
    void whatHappensNextSaysAReplyTakesWeeksAndOffersSurgeriesAndWritingAgain() {
        String next = String.join(" ", GuideSection.NEXT.points());
        assertThat(next).contains("a few weeks", "surgeries", "write again");
        assertThat(Arrays.stream(GuideSection.values()).map(GuideSection::intro)).allMatch(s -> !s.isBlank());
        assertThat(next).doesNotContain("http", "www.");
    }
}
