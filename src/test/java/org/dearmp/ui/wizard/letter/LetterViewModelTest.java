package org.dearmp.ui.wizard.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;
import org.dearmp.parliament.Parliament;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.FakeServices;
import org.dearmp.ui.services.ComposedLetter;
import org.dearmp.ui.services.TemplateChoice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DataTest
class LetterViewModelTest {
    @TempDir
    Path home;
    private final SimpleObjectProperty<Constituency> seat = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Optional<Member>> member = new SimpleObjectProperty<>(Optional.empty());
    private final SimpleObjectProperty<TemplateChoice> template = new SimpleObjectProperty<>();
    private LetterViewModel vm;
    private FakeServices.SimpleLetters letters;

    @BeforeEach
    void setUp() {
        Parliament parliament = FakeServices.parliament(home);
        letters = new FakeServices.SimpleLetters();
        vm = new LetterViewModel(letters, seat, member, template);
        seat.set(parliament.constituency("E14001172").orElseThrow());
        member.set(parliament.member("E14001172"));
        template.set(letters.templates().get(1));
    }

    @Test
    void theNameIsTheOnlyThingRequired() {
        assertThat(vm.completeProperty().get()).isFalse();
        assertThat(vm.nameErrorProperty().get()).isNotEmpty();
        vm.nameProperty().set("Sam Jones");
        assertThat(vm.completeProperty().get()).isTrue();
        assertThat(vm.nameErrorProperty().get()).isEmpty();
    }

    @Test
    void anEmailThatCannotBeWrittenToIsSaidAtTheFieldAndHoldsTheStep() {
        vm.nameProperty().set("Sam Jones");
        vm.emailProperty().set("sam@example");
        assertThat(vm.emailErrorProperty().get()).startsWith("This email address cannot be used: ")
                .contains("after the @");
        assertThat(vm.completeProperty().get()).isFalse();

        vm.emailProperty().set("siân@example.org");
        assertThat(vm.emailErrorProperty().get()).contains("before the @");
        assertThat(vm.completeProperty().get()).isFalse();

        vm.emailProperty().set(" sam@tŷ.cymru ");
        assertThat(vm.emailErrorProperty().get()).isEmpty();
        assertThat(vm.completeProperty().get()).isTrue();
        vm.emailProperty().set("");
        assertThat(vm.emailErrorProperty().get()).as("an email is optional").isEmpty();
        assertThat(vm.completeProperty().get()).isTrue();
    }

    @Test
    void aHalfTypedOrInvalidAddressPostcodeIsSaidAtTheFieldHoldsTheStepAndIsLeftOutOfTheLetter() {
        vm.nameProperty().set("Sam Jones");
        vm.postcodeProperty().set("CF10 1");
        assertThat(vm.postcodeErrorProperty().get()).contains("CF10 1", "not a complete postcode");
        assertThat(vm.completeProperty().get()).isFalse();
        assertThat(vm.composedProperty().get().letter().sender().postcode()).isEmpty();

        vm.postcodeProperty().set("QQ1 1AA");
        assertThat(vm.postcodeErrorProperty().get()).startsWith("This postcode cannot be used: ");
        assertThat(vm.completeProperty().get()).isFalse();

        vm.postcodeProperty().set("cf10 1ep");
        assertThat(vm.postcodeErrorProperty().get()).isEmpty();
        assertThat(vm.completeProperty().get()).isTrue();
        assertThat(vm.composedProperty().get().letter().sender().postcode()).isEqualTo("CF10 1EP");
        vm.postcodeProperty().set("");
        assertThat(vm.postcodeErrorProperty().get()).as("a postcode is optional").isEmpty();
        assertThat(vm.completeProperty().get()).isTrue();
    }

    @Test
    void anInvalidEmailIsLeftOutOfTheLetterUntilItIsValid() {
        vm.nameProperty().set("Sam Jones");
        vm.emailProperty().set("bad@@example");
        assertThat(vm.emailErrorProperty().get()).isNotEmpty();
        assertThat(vm.composedProperty().get().letter().sender().email()).isEmpty();
        assertThat(vm.previewTextProperty().get()).doesNotContain("bad@@example");
        vm.emailProperty().set("sam@example.org");
        assertThat(vm.composedProperty().get().letter().sender().email()).isEqualTo("sam@example.org");
        assertThat(vm.sender().email()).as("what was typed is kept").isEqualTo("sam@example.org");
    }

    @Test
    void thePreviewFollowsEveryChange() {
        vm.nameProperty().set("Sam Jones");
        assertThat(vm.previewTextProperty().get()).contains("Dear Ms Blake", "Sam Jones");
        PointViewModel point = vm.addPoint("");
        point.textProperty().set("Our drop-in centre needs funding.");
        assertThat(vm.previewTextProperty().get()).contains("- Our drop-in centre needs funding.");
        vm.storyProperty().set("I volunteer there.");
        assertThat(vm.previewTextProperty().get()).contains("I volunteer there.");
        assertThat(vm.wordCountProperty().get()).isEqualTo(vm.previewTextProperty().get().split("\\s+").length);
        assertThat(vm.wordCountTextProperty().get()).endsWith("words");
    }

    @Test
    void theFitOnOnePageComesFromTheLayoutNotACountOfWords() {
        vm.nameProperty().set("Sam Jones");
        vm.storyProperty().set("x".repeat(100_000));

        assertThat(vm.wordCountProperty().get()).isLessThan(450);
        assertThat(vm.fitsOnePageProperty().get()).isFalse();
    }

    @Test
    void pointsCanBeAddedRemovedAndReordered() {
        PointViewModel a = vm.addPoint("A");
        PointViewModel b = vm.addPoint("B");
        PointViewModel c = vm.addPoint("C");
        vm.moveUp(c);
        assertThat(vm.pointTexts()).containsExactly("A", "C", "B");
        vm.moveUp(a);
        assertThat(vm.pointTexts()).as("the first cannot go higher").containsExactly("A", "C", "B");
        vm.moveDown(a);
        assertThat(vm.pointTexts()).containsExactly("C", "A", "B");
        vm.removePoint(b);
        assertThat(vm.pointTexts()).containsExactly("C", "A");
    }

    @Test
    void templateWordingIsMarkedInThePreviewAndLowersOriginality() {
        vm.nameProperty().set("Sam Jones");
        double before = vm.originalityProperty().get();
        assertThat(vm.guidanceProperty().get()).contains("template");
        assertThat(vm.preview()).anyMatch(s -> s.template() && s.text().equals(FakeServices.OPENING));
        vm.addPoint("A long point entirely in the writer's own words about what they have seen.");
        assertThat(vm.originalityProperty().get()).isGreaterThan(before);
        assertThat(String.join("", vm.preview().stream().map(PreviewSegment::text).toList()))
                .isEqualTo(vm.previewTextProperty().get());
    }

    @Test
    void theTemplatesPromptsAreShown() {
        assertThat(vm.prompts()).containsExactly("Have you seen this locally?");
        template.set(letters.templates().get(0));
        assertThat(vm.prompts()).isEmpty();
    }

    @Test
    void aComposerFailureIsShownWithoutLosingTheTyping() {
        LetterViewModel failing = new LetterViewModel(new FakeServices.SimpleLetters() {
            @Override
            public ComposedLetter compose(org.dearmp.ui.services.LetterRequest request) {
                throw new org.dearmp.core.DearMpException("The template has an error on line 3.");
            }
        }, seat, member, template);
        failing.nameProperty().set("Sam");
        failing.storyProperty().set("My story");
        assertThat(failing.problemProperty().get()).contains("line 3");
        assertThat(failing.completeProperty().get()).isFalse();
        assertThat(failing.storyProperty().get()).isEqualTo("My story");
    }

    @Test
    void aComposerBugIsShownInPlainWordsWithNoJavaName() {
        LetterViewModel failing = new LetterViewModel(new FakeServices.SimpleLetters() {
            @Override
            public ComposedLetter compose(org.dearmp.ui.services.LetterRequest request) {
                throw new NullPointerException();
            }
        }, seat, member, template);
        failing.nameProperty().set("Sam");
        failing.storyProperty().set("My story");
        assertThat(failing.problemProperty().get()).startsWith("The letter could not be made from this template just now.")
                .doesNotContain("Exception").doesNotContain("java.");
        assertThat(failing.storyProperty().get()).isEqualTo("My story");
    }

    @Test
    void segmentsCoverTheTextOnceEvenWhenPassagesOverlap() {
        List<PreviewSegment> segments = PreviewSegment.of("abcdefghij", List.of(new ComposedLetter.Span(5, 8),
                new ComposedLetter.Span(2, 6), new ComposedLetter.Span(9, 10)));
        assertThat(segments).containsExactly(new PreviewSegment("ab", false), new PreviewSegment("cdef", true),
                new PreviewSegment("gh", true), new PreviewSegment("i", false), new PreviewSegment("j", true));
    }
}
