package org.dearmp.ui.wizard.postcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dearmp.parliament.Parliament;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.FakeServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DataTest
class PostcodeViewModelTest {
    @TempDir
    Path home;
    private Parliament parliament;
    private PostcodeViewModel vm;

    @BeforeEach
    void setUp() {
        parliament = FakeServices.parliament(home);
        vm = new PostcodeViewModel(FakeServices.lookup(parliament), parliament);
    }

    @Test
    void startsEmptyWithAHintAndNothingToGoOnWith() {
        assertThat(vm.stateProperty().get()).isEqualTo(PostcodeState.EMPTY);
        assertThat(vm.messageProperty().get()).contains("postcode");
        assertThat(vm.completeProperty().get()).isFalse();
    }

    @Test
    void aPartPostcodeIsStillTypingNotAnError() {
        vm.inputProperty().set("SW1");
        assertThat(vm.stateProperty().get()).isEqualTo(PostcodeState.TYPING);
        assertThat(vm.messageProperty().get()).contains("Keep typing");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"cf10 1", "cf10 1e", "cf1", "SW1A 0", "sw1a 0a", "BT1 1A",
        "DD1 2", "SN12"})
    void theStartOfARealPostcodeIsStillTyping(String typed) {
        vm.inputProperty().set(typed);
        assertThat(vm.stateProperty().get()).as(typed).isEqualTo(PostcodeState.TYPING);
        assertThat(vm.messageProperty().get()).startsWith("Keep typing");
        assertThat(vm.completeProperty().get()).isFalse();
    }

    @Test
    void whatCannotStartAPostcodeIsAnErrorAboutWhatWasTyped() {
        vm.inputProperty().set("QQ1");
        assertThat(vm.stateProperty().get()).isEqualTo(PostcodeState.INVALID);
        assertThat(vm.messageProperty().get()).contains("QQ is not a UK postcode area").doesNotContain("too short");
        vm.inputProperty().set("CF10 1C");
        assertThat(vm.stateProperty().get()).isEqualTo(PostcodeState.INVALID);
        assertThat(vm.messageProperty().get()).contains("never C, I, K, M, O or V").doesNotContain("01C");
        vm.inputProperty().set("abc");
        assertThat(vm.stateProperty().get()).isEqualTo(PostcodeState.INVALID);
    }

    @Test
    void aWholePostcodeThatIsWrongKeepsTheLookupsWords() {
        vm.inputProperty().set("SW1A 0AC");
        assertThat(vm.stateProperty().get()).isEqualTo(PostcodeState.INVALID);
        assertThat(vm.messageProperty().get()).contains("never C, I, K, M, O or V");
    }

    @Test
    void aWrongPostcodeSaysWhatIsWrong() {
        vm.inputProperty().set("hello there");
        assertThat(vm.stateProperty().get()).isEqualTo(PostcodeState.INVALID);
        assertThat(vm.messageProperty().get()).isNotBlank().doesNotContain("Keep typing");
        assertThat(vm.completeProperty().get()).isFalse();
    }

    @Test
    void aFoundPostcodeSettlesTheConstituency() {
        vm.inputProperty().set("sw1a0aa");
        assertThat(vm.stateProperty().get()).isEqualTo(PostcodeState.FOUND);
        assertThat(vm.constituencyProperty().get().name()).isEqualTo("Cities of London and Westminster");
        assertThat(vm.messageProperty().get()).contains("SW1A 0AA", "Cities of London and Westminster");
        assertThat(vm.completeProperty().get()).isTrue();
    }

    @Test
    void northernIrelandAsksTheUserToChooseAndSaysWhy() {
        vm.inputProperty().set("BT1 1AA");
        assertThat(vm.stateProperty().get()).isEqualTo(PostcodeState.CHOOSE);
        assertThat(vm.chooseReasonProperty().get()).contains("Northern Ireland");
        assertThat(vm.candidates()).extracting(c -> c.constituency().name()).contains("Belfast North");
        assertThat(vm.completeProperty().get()).isFalse();

        vm.choose(vm.candidates().get(0).constituency());
        assertThat(vm.completeProperty().get()).isTrue();
        assertThat(vm.constituencyProperty().get()).isEqualTo(vm.candidates().get(0).constituency());
    }

    @Test
    void typingAgainClearsAChoice() {
        vm.inputProperty().set("BT1 1AA");
        vm.choose(vm.candidates().get(0).constituency());
        vm.inputProperty().set("BT1 1A");
        assertThat(vm.constituencyProperty().get()).isNull();
    }

    @Test
    void crownDependenciesAndUnlocatedPostcodesHaveTheirOwnStates() {
        vm.inputProperty().set("JE2 3AB");
        assertThat(vm.stateProperty().get()).isEqualTo(PostcodeState.NOT_REPRESENTED);
        vm.inputProperty().set("N81 1ER");
        assertThat(vm.stateProperty().get()).isEqualTo(PostcodeState.NO_LOCATION);
        assertThat(vm.completeProperty().get()).isFalse();
    }

    @Test
    void theListOfAllSeatsIsSearchableByEnglishOrWelshName() {
        assertThat(vm.allSeats()).hasSize(650);
        vm.seatFilterProperty().set("belfast");
        assertThat(vm.allSeats()).hasSize(4).allMatch(c -> c.name().startsWith("Belfast"));
        vm.seatFilterProperty().set("caerfyrddin");
        assertThat(vm.allSeats()).extracting(c -> c.code()).hasSize(1);
    }

    @Test
    void notYourMpOpensTheListAndAChoiceOverridesTheFoundSeat() {
        vm.inputProperty().set("SW1A 0AA");
        vm.correctConstituency();
        assertThat(vm.allSeatsShownProperty().get()).isTrue();
        var chorley = parliament.constituency("E14001170").orElseThrow();
        vm.choose(chorley);
        assertThat(vm.constituencyProperty().get()).isEqualTo(chorley);
    }
}
