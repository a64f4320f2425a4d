package org.dearmp.ui.wizard.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dearmp.lookup.LookupService;
import org.dearmp.parliament.Parliament;
import org.dearmp.postcode.PostcodeIndex;
import org.dearmp.postcode.NiSectorTable;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.FakeServices;
import org.dearmp.ui.wizard.postcode.PostcodeViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 1 and the letter step's address postcode, through the real lookup: PR7 is Chorley, CF10 1EP Cardiff South. */
@DataTest
class SeatCheckViewModelTest {
    @TempDir
    Path home;
    private PostcodeViewModel stepOne;
    private final StringProperty address = new SimpleStringProperty("");
    private SeatCheckViewModel check;

    @BeforeEach
    void setUp() {
        Parliament parliament = FakeServices.parliament(home);
        LookupService lookup = new LookupService(PostcodeIndex.loadBundled(), NiSectorTable::loadBundled, parliament);
        stepOne = new PostcodeViewModel(lookup::lookup, parliament);
        check = new SeatCheckViewModel(lookup::lookup, stepOne.resultProperty(), stepOne.constituencyProperty(),
                address, stepOne.inputProperty()::set);
    }

    @Test
    void theAddressPostcodeIsStepOnesInItsProperForm() {
        stepOne.inputProperty().set("cf101ep");
        assertThat(address.get()).isEqualTo("CF10 1EP");
        assertThat(check.shownProperty().get()).isFalse();
        assertThat(check.homeSeatProperty().get()).isNull();

        stepOne.inputProperty().set("pr71ab");
        assertThat(address.get()).as("still step 1's, so it follows").isEqualTo("PR7 1AB");
        assertThat(check.shownProperty().get()).isFalse();
    }

    @Test
    void aPostcodeTheWriterTypedIsNeverOverwritten() {
        address.set("CF10 1EP");
        stepOne.inputProperty().set("PR7 1AB");
        assertThat(address.get()).isEqualTo("CF10 1EP");
    }

    @Test
    void aRememberedCardiffAddressOnALetterToChorleyIsShownWithTheWayOut() {
        address.set("cf101ep");
        stepOne.inputProperty().set("PR7 1AB");
        assertThat(check.shownProperty().get()).isTrue();
        assertThat(check.messageProperty().get()).startsWith(
                "Your address postcode CF10 1EP is in Cardiff South and Penarth, but this letter is to the MP for Chorley.");
        assertThat(check.switchTextProperty().get()).isEqualTo("Write to Cardiff South and Penarth's MP instead");
        assertThat(check.homeSeatProperty().get().name()).isEqualTo("Cardiff South and Penarth");

        check.switchSeat();
        assertThat(stepOne.inputProperty().get()).isEqualTo("CF10 1EP");
        assertThat(stepOne.constituencyProperty().get().name()).isEqualTo("Cardiff South and Penarth");
        assertThat(check.shownProperty().get()).isFalse();
        assertThat(check.homeSeatProperty().get()).isNull();
    }

    @Test
    void keepingTheMpHidesTheWarningButTheLetterStillNamesTheWritersSeat() {
        address.set("CF10 1EP");
        stepOne.inputProperty().set("PR7 1AB");
        check.keep();
        assertThat(check.shownProperty().get()).isFalse();
        assertThat(check.homeSeatProperty().get().name()).isEqualTo("Cardiff South and Penarth");
        assertThat(stepOne.constituencyProperty().get().name()).isEqualTo("Chorley");
    }

    @Test
    void editingThePostcodeIntoAnotherSeatIsNoticed() {
        stepOne.inputProperty().set("PR7 1AB");
        assertThat(check.shownProperty().get()).isFalse();
        address.set("CF10 1EP");
        assertThat(check.shownProperty().get()).isTrue();
        address.set("PR7 1AE");
        assertThat(check.shownProperty().get()).isFalse();
    }

    @Test
    void partialUnknownAndNorthernIrelandPostcodesRaiseNoFalseAlarm() {
        stepOne.inputProperty().set("PR7 1AB");
        for (String unsure : new String[] {"C", "CF10", "CF10 1", "XYZ 123", "BT1 1AA", "JE2 3AB", "CF10 9ZZ"}) {
            address.set(unsure);
            assertThat(check.shownProperty().get()).as(unsure).isFalse();
            assertThat(check.homeSeatProperty().get()).as(unsure).isNull();
        }
    }

    @Test
    void aSeatChosenByHandForTheSamePostcodeIsNotSecondGuessed() {
        stepOne.inputProperty().set("PR7 1AB");
        stepOne.choose(stepOne.allSeats().stream().filter(c -> c.name().equals("Preston")).findFirst().orElseThrow());
        assertThat(address.get()).isEqualTo("PR7 1AB");
        assertThat(check.shownProperty().get()).isFalse();
    }

    @Test
    void onANewLetterTheAddressPostcodeIsTheWritersOwnNoLongerStepOnes() {
        stepOne.inputProperty().set("CF10 1EP");
        assertThat(address.get()).isEqualTo("CF10 1EP");
        stepOne.inputProperty().set("");
        check.newLetter();
        stepOne.inputProperty().set("PR7 1AB");
        assertThat(address.get()).isEqualTo("CF10 1EP");
        assertThat(check.shownProperty().get()).isTrue();
    }
}
