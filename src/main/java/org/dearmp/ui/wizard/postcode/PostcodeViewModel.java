package org.dearmp.ui.wizard.postcode;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.dearmp.i18n.Messages;
import org.dearmp.lookup.Candidate;
import org.dearmp.lookup.LookupResult;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Parliament;
import org.dearmp.postcode.PostcodeParser;
import org.dearmp.postcode.PostcodeStart;
import org.dearmp.ui.services.PostcodeLookup;

/**
 * Step 1: the postcode, looked up as it is typed (the lookup takes microseconds), and the
 * constituency it settles on, either found or chosen by the user.
 */
public final class PostcodeViewModel {
    private final PostcodeLookup lookup;
    private final StringProperty input = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<PostcodeState> state = new ReadOnlyObjectWrapper<>(PostcodeState.EMPTY);
    private final ReadOnlyObjectWrapper<LookupResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(Messages.get("ui.postcode.hint"));
    private final ReadOnlyStringWrapper chooseReason = new ReadOnlyStringWrapper("");
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    // One read-only view, kept: a fresh wrapper per call would drop its listeners when collected.
    private final ObservableList<Candidate> candidatesView = FXCollections.unmodifiableObservableList(candidates);
    private final ObjectProperty<Constituency> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Constituency> constituency = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();
    private final BooleanProperty allSeatsShown = new SimpleBooleanProperty();
    private final StringProperty seatFilter = new SimpleStringProperty("");
    private final FilteredList<Constituency> allSeats;

    public PostcodeViewModel(PostcodeLookup lookup, Parliament parliament) {
        this.lookup = lookup;
        Collator collator = Collator.getInstance(Locale.UK);
        List<Constituency> sorted = parliament.constituencies().stream()
                .sorted(Comparator.comparing(Constituency::name, collator)).toList();
        allSeats = new FilteredList<>(FXCollections.observableArrayList(sorted));
        allSeats.predicateProperty().bind(Bindings.createObjectBinding(
                () -> seatMatcher(seatFilter.get()), seatFilter));
        input.addListener((obs, old, now) -> update(now));
        // The found seat unless the user picked another: a choice always wins.
        constituency.bind(Bindings.createObjectBinding(this::effectiveConstituency, chosen, result));
        complete.bind(constituency.isNotNull());
    }

    private Constituency effectiveConstituency() {
        if (chosen.get() != null) {
            return chosen.get();
        }
        return result.get() instanceof LookupResult.Found found ? found.constituency() : null;
    }

    private static java.util.function.Predicate<Constituency> seatMatcher(String filter) {
        String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.UK);
        if (needle.isEmpty()) {
            return c -> true;
        }
        return c -> c.name().toLowerCase(Locale.UK).contains(needle)
                || c.welsh().map(w -> w.toLowerCase(Locale.UK).contains(needle)).orElse(false);
    }

    private void update(String text) {
        chosen.set(null);
        candidates.clear();
        chooseReason.set("");
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            result.set(null);
            state.set(PostcodeState.EMPTY);
            message.set(Messages.get("ui.postcode.hint"));
            return;
        }
        LookupResult outcome = lookup.lookup(typed);
        result.set(outcome);
        boolean answered = outcome instanceof LookupResult.Found || outcome instanceof LookupResult.Choose;
        if (!answered && PostcodeParser.isUnfinished(typed)) {
            // "cf10 1e", "SW1A 0", and "DD1 2" (which the parser takes for Bermuda's DD 12): still typing.
            state.set(PostcodeState.TYPING);
            message.set(Messages.get("ui.postcode.keepTyping"));
        } else if (outcome instanceof LookupResult.Found found) {
            state.set(PostcodeState.FOUND);
            message.set(Messages.get("ui.postcode.found", found.postcode(), found.constituency().displayName()));
            if (!found.alternatives().isEmpty()) {
                candidates.setAll(found.alternatives());
                chooseReason.set(Messages.get("ui.postcode.reason.split"));
            } else if (found.certainty() == LookupResult.Certainty.NEAREST) {
                chooseReason.set(Messages.get("ui.postcode.reason.nearest"));
            }
        } else if (outcome instanceof LookupResult.Choose choose) {
            state.set(PostcodeState.CHOOSE);
            message.set(choose.message());
            candidates.setAll(lookup.choices(choose));
            chooseReason.set(Messages.get("ui.postcode.reason." + choose.reason().name()));
            if (choose.candidates().isEmpty()) {
                allSeatsShown.set(true);
            }
        } else if (outcome instanceof LookupResult.NoLocation none) {
            state.set(PostcodeState.NO_LOCATION);
            message.set(none.message());
        } else if (outcome instanceof LookupResult.NotRepresented not) {
            state.set(PostcodeState.NOT_REPRESENTED);
            message.set(not.message());
        } else if (outcome instanceof LookupResult.Invalid invalid) {
            // What cannot become a postcode is explained from what was typed, never misread as a whole one.
            state.set(PostcodeState.INVALID);
            message.set(PostcodeStart.check(typed) == PostcodeStart.Verdict.IMPOSSIBLE ? PostcodeStart.whyNot(typed)
                    : invalid.message());
        }
    }

    /** The user picks a seat: from the candidates, the list of all seats, or "Not your MP?". */
    public void choose(Constituency seat) {
        chosen.set(seat);
    }

    /** "Not your MP?": open the list of every seat so the user can correct the constituency. */
    public void correctConstituency() {
        allSeatsShown.set(true);
    }

    /** Restores a saved draft: the postcode as typed, and the seat if it was chosen by hand. */
    public void restore(String postcode, Constituency seat) {
        input.set(postcode == null ? "" : postcode);
        if (seat != null && !seat.equals(constituency.get())) {
            chosen.set(seat);
        }
    }

    public StringProperty inputProperty() {
        return input;
    }

    public ReadOnlyObjectProperty<PostcodeState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LookupResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the user is asked to choose (or may want to): unknown postcode, Northern Ireland, split sector. */
    public ReadOnlyStringProperty chooseReasonProperty() {
        return chooseReason.getReadOnlyProperty();
    }

    public ObservableList<Candidate> candidates() {
        return candidatesView;
    }

    /** Every seat, narrowed by {@link #seatFilterProperty()}: the last resort. */
    public ObservableList<Constituency> allSeats() {
        return allSeats;
    }

    public StringProperty seatFilterProperty() {
        return seatFilter;
    }

    public BooleanProperty allSeatsShownProperty() {
        return allSeatsShown;
    }

    /** The seat chosen by hand, if any. */
    public ReadOnlyObjectProperty<Constituency> chosenProperty() {
        return chosen;
    }

    /** The constituency the letter will go to: found, or chosen. */
    public ReadOnlyObjectProperty<Constituency> constituencyProperty() {
        return constituency.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }
}
