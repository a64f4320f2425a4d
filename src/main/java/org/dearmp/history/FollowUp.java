package org.dearmp.history;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a letter needs the writer again. WriteToThem asks its users after two weeks whether the MP replied;
 * we ask then too, and after four weeks without a reply (or as soon as a reply did not answer) offer a
 * follow-up letter. A letter already followed up, answered, or not expecting a reply is never due.
 *
 * @param action what to do: ask about a reply, or offer a follow-up letter
 * @param on     from when
 * @param kind   the follow-up letter to offer; null when only asking
 */
public record FollowUp(Action action, LocalDate on, FollowUpKind kind) {
    public static final int ASK_AFTER_DAYS = 14;
    public static final int FOLLOW_UP_AFTER_DAYS = 28;

    public enum Action { ASK_ABOUT_REPLY, OFFER_FOLLOW_UP }

    public FollowUp {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(on, "on");
    }

    /**
     * The next step for a letter, whether or not it has come yet; empty when there is none.
     *
     * @param reply      what the writer recorded, or null
     * @param followedUp true when a follow-up letter to it has been written
     */
    public static Optional<FollowUp> next(LetterSent sent, Reply reply, boolean followedUp) {
        if (followedUp) {
            return Optional.empty();
        }
        LocalDate sentOn = sent.on();
        if (reply == null) {
            LocalDate ask = sentOn.plusDays(ASK_AFTER_DAYS);
            return Optional.of(new FollowUp(Action.ASK_ABOUT_REPLY, ask, null));
        }
        LocalDate answeredOn = reply.on() != null ? reply.on() : sentOn;
        return switch (reply.outcome()) {
            case ANSWERED, NOT_EXPECTED -> Optional.empty();
            case NOT_ANSWERED -> Optional.of(new FollowUp(Action.OFFER_FOLLOW_UP, answeredOn, FollowUpKind.NOT_ANSWERED));
            case ACKNOWLEDGED -> Optional.of(new FollowUp(Action.OFFER_FOLLOW_UP, answeredOn, FollowUpKind.NO_REPLY));
            case NONE -> Optional.of(new FollowUp(Action.OFFER_FOLLOW_UP, sentOn.plusDays(FOLLOW_UP_AFTER_DAYS),
                    FollowUpKind.NO_REPLY));
        };
    }

    /** The follow-up letter that fits what came back, whenever the writer asks for one: thanks for an answer. */
    public static FollowUpKind suggested(LetterSent sent, Reply reply) {
        if (reply != null && reply.outcome() == Outcome.ANSWERED) {
            return FollowUpKind.THANK_YOU;
        }
        return next(sent, reply, false).map(FollowUp::kind).orElse(FollowUpKind.NO_REPLY);
    }

    /** The step that has come by {@code today}; after four weeks with nothing recorded, the follow-up is offered. */
    public static Optional<FollowUp> dueBy(LetterSent sent, Reply reply, boolean followedUp, LocalDate today) {
        Optional<FollowUp> next = next(sent, reply, followedUp);
        if (next.isPresent() && reply == null && !today.isBefore(sent.on().plusDays(FOLLOW_UP_AFTER_DAYS))) {
            return Optional.of(new FollowUp(Action.OFFER_FOLLOW_UP, sent.on().plusDays(FOLLOW_UP_AFTER_DAYS),
                    FollowUpKind.NO_REPLY));
        }
        return next.filter(step -> !today.isBefore(step.on()));
    }
}
