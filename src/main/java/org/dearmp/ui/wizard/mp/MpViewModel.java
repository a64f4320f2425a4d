package org.dearmp.ui.wizard.mp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dearmp.core.UkDates;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;
import org.dearmp.parliament.MemberNote;
import org.dearmp.parliament.Parliament;

/** Step 2: the MP for the constituency settled in step 1, and what a letter writer must know about them. */
public final class MpViewModel {

    private final Parliament parliament;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Constituency> constituency = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Optional<Member>> member = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper party = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper constituencyName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper email = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dataSource = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    // One read-only view, kept: a fresh wrapper per call would drop its listeners when collected.
    private final ObservableList<String> notesView = FXCollections.unmodifiableObservableList(notes);

    public MpViewModel(Parliament parliament, ObservableValue<Constituency> seat, Clock clock) {
        this.parliament = parliament;
        this.clock = clock;
        seat.addListener((obs, old, now) -> show(now));
        show(seat.getValue());
    }

    private void show(Constituency seat) {
        constituency.set(seat);
        notes.clear();
        if (seat == null) {
            member.set(Optional.empty());
            name.set("");
            party.set("");
            constituencyName.set("");
            email.set("");
            complete.set(false);
            return;
        }
        Optional<Member> mp = parliament.member(seat.code());
        member.set(mp);
        constituencyName.set(seat.displayName());
        name.set(mp.map(Member::displayName).orElse(Messages.get("ui.mp.vacantName")));
        party.set(mp.map(Member::party).orElse(""));
        email.set(mp.flatMap(Member::emailAddress).orElse(Messages.get("ui.mp.noEmailShort")));
        dataSource.set(Messages.get("ui.mp.source", parliament.source()));
        notes.setAll(notesFor(seat));
        complete.set(true);
    }

    /** The domain's notes on the MP (Speaker, abstentionist, vacant, email) and on the age of the data. */
    private List<String> notesFor(Constituency seat) {
        List<String> found = new ArrayList<>();
        for (MemberNote note : parliament.notes(seat.code())) {
            found.add(note.text());
        }
        outOfDateNotice().ifPresent(found::add);
        return found;
    }

    /**
     * The same rule as {@link Parliament#ageWarning}, in words that name the desktop's way to a newer list
     * (the domain's own warning names the command line's).
     */
    private Optional<String> outOfDateNotice() {
        return parliament.isOutOfDate(LocalDate.now(clock))
                ? Optional.of(Messages.get("ui.mp.outOfDate", UkDates.date(parliament.dataAsOf())))
                : Optional.empty();
    }

    /** The MP list in use has changed (a newer one was imported): shows the seat's MP on it, and its date. */
    public void refresh() {
        show(constituency.get());
    }

    public ReadOnlyObjectProperty<Constituency> constituencyProperty() {
        return constituency.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Member>> memberProperty() {
        return member.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty partyProperty() {
        return party.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty constituencyNameProperty() {
        return constituencyName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emailProperty() {
        return email.getReadOnlyProperty();
    }

    /** "MP list as of 27 June 2026, from ..." */
    public ReadOnlyStringProperty dataSourceProperty() {
        return dataSource.getReadOnlyProperty();
    }

    /** The things a letter writer must know: Speaker, abstentionist, vacant, no email, old data. */
    public ObservableList<String> notes() {
        return notesView;
    }

    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }
}
