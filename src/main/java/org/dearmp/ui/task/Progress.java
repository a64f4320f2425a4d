package org.dearmp.ui.task;

/** What a piece of background work reports while it runs. */
public interface Progress {

    /** @param done how much is done out of {@code total}; the message is shown to the user */
    void update(long done, long total, String message);

    /** True once the user cancelled; long work checks it between steps and stops. */
    boolean isCancelled();

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
