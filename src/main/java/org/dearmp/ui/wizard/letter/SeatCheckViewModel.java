package org.dearmp.ui.wizard.letter;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.dearmp.i18n.Messages;
import org.dearmp.lookup.LookupResult;
import org.dearmp.lookup.SeatCheck;
import org.dearmp.parliament.Constituency;
import org.dearmp.postcode.Postcode;
import org.dearmp.postcode.PostcodeParser;
import org.dearmp.ui.services.PostcodeLookup;

/**
 * The right sender in the right seat. The address postcode starts as the one given in step 1, in its
 * proper form; when the writer's own postcode (remembered from an earlier letter, or edited) is surely in
 * another seat than the MP's, the letter step says so plainly and offers to write to that seat's MP
 * instead. Whatever they choose, the letter names the seat their address is in.
 */
public final class SeatCheckViewModel {
    private final PostcodeLookup lookup;
    private final ObservableValue<LookupResult> stepOne;
    private final ObservableValue<Constituency> seat;
    private final StringProperty addressPostcode;
    private final Consumer<String> writeFrom;

    private final ReadOnlyObjectWrapper<Constituency> homeSeat = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper switchText = new ReadOnlyStringWrapper("");
    private Optional<SeatCheck.Mismatch> mismatch = Optional.empty();
    private SeatCheck.Mismatch kept;
    /** What step 1 last put in the address postcode: replaced when step 1 changes, unless the writer typed over it. */
    private String filled = "";

    /**
     * @param stepOne         the lookup of the postcode typed in step 1
     * @param seat            the seat whose MP the letter is to
     * @param addressPostcode the postcode of the writer's address, in the letter step
     * @param writeFrom       looks up a postcode in step 1, so the letter goes to that seat's MP
     */
    public SeatCheckViewModel(PostcodeLookup lookup, ObservableValue<LookupResult> stepOne,
                              ObservableValue<Constituency> seat, StringProperty addressPostcode,
                              Consumer<String> writeFrom) {
        this.lookup = lookup;
        this.stepOne = stepOne;
        this.seat = seat;
        this.addressPostcode = addressPostcode;
        this.writeFrom = writeFrom;
        stepOne.addListener((obs, old, now) -> fillFromStepOne(now));
        for (Observable o : List.of(stepOne, seat, addressPostcode)) {
            o.addListener(x -> update());
        }
        fillFromStepOne(stepOne.getValue());
        update();
    }

    private void fillFromStepOne(LookupResult result) {
        Optional<Postcode> given = placed(result);
        if (given.isEmpty()) {
            return;
        }
        String typed = PostcodeParser.tidy(addressPostcode.get());
        if (typed.isEmpty() || typed.equals(filled)) {
            addressPostcode.set(given.get().toString());
        }
        filled = given.get().toString();
    }

    /** A postcode step 1 found or offers seats for: one with an MP at Westminster. */
    private static Optional<Postcode> placed(LookupResult result) {
        if (result instanceof LookupResult.Found found) {
            return Optional.of(found.postcode());
        }
        return result instanceof LookupResult.Choose choose ? Optional.of(choose.postcode()) : Optional.empty();
    }

    private void update() {
        String typed = PostcodeParser.tidy(addressPostcode.get());
        boolean sameAsStepOne = placed(stepOne.getValue()).map(p -> p.toString().equals(typed)).orElse(false);
        // The seat chosen in step 1 for this very postcode is the writer's own choice: no second-guessing it.
        mismatch = typed.isEmpty() || sameAsStepOne ? Optional.empty()
                : SeatCheck.check(lookup.lookup(typed), seat.getValue());
        homeSeat.set(mismatch.map(SeatCheck.Mismatch::home).orElse(null));
        shown.set(mismatch.isPresent() && !mismatch.get().equals(kept));
        message.set(mismatch.map(m -> Messages.get("ui.letter.seat.mismatch", m.postcode(), m.home().name(),
                m.letterSeat().name())).orElse(""));
        switchText.set(mismatch.map(m -> Messages.get("ui.letter.seat.switch", m.home().name())).orElse(""));
    }

    /** "Write to Cardiff South and Penarth's MP instead": step 1 takes the address postcode. */
    public void switchSeat() {
        mismatch.ifPresent(m -> writeFrom.accept(m.postcode().toString()));
    }

    /** "Keep": the letter stays with this MP, and says where the writer lives. */
    public void keep() {
        kept = mismatch.orElse(null);
        shown.set(false);
    }

    /**
     * A new letter: the address postcode now is the writer's remembered one, no longer step 1's, so a
     * different postcode typed in step 1 leaves it as it is (and is checked against it).
     */
    public void newLetter() {
        filled = "";
        kept = null;
        update();
    }

    /** The seat of the writer's address when it is surely not the MP's; null otherwise. */
    public ReadOnlyObjectProperty<Constituency> homeSeatProperty() {
        return homeSeat.getReadOnlyProperty();
    }

    /** True while the mismatch is to be shown: there is one, and the writer has not chosen to keep it. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** "Your address postcode CF10 1EP is in Cardiff South and Penarth, but this letter is to the MP for Chorley..." */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "Write to Cardiff South and Penarth's MP instead". */
    public ReadOnlyStringProperty switchTextProperty() {
        return switchText.getReadOnlyProperty();
    }
}
