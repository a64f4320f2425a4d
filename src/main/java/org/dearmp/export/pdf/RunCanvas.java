package org.dearmp.export.pdf;

/**
 * A page's canvas that draws each line run by run, as {@link LetterFonts#draw} splits it: Liberation text in
 * the font last set, and the runs a fallback font shaped. The print file and printing both draw this way.
 */
abstract class RunCanvas implements LaidOutLetter.TextCanvas {
    private final LetterFonts fonts;
    private boolean bold;
    private float size;

    RunCanvas(LetterFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public final void font(boolean bold, float size) {
        this.bold = bold;
        this.size = size;
        useFont(bold, size);
    }

    @Override
    public final void text(float x, float y, String text) {
        fonts.draw(bold, size, x, text, new LetterFonts.RunSink() {
            @Override
            public void liberation(float at, String piece) {
                RunCanvas.this.liberation(at, y, piece);
            }

            @Override
            public void shaped(float at, FallbackFace.Shaped run) {
                RunCanvas.this.shaped(at, y, run);
            }
        });
        lineDrawn();
    }

    protected boolean bold() {
        return bold;
    }

    protected float size() {
        return size;
    }

    /** The Liberation face and size the next runs are set in. */
    protected abstract void useFont(boolean bold, float size);

    /** A run of Liberation text starting at {@code x} on the baseline {@code y} (points from the page's foot). */
    protected abstract void liberation(float x, float y, String piece);

    /** A run a fallback font shaped, starting at {@code x} on the baseline {@code y}. */
    protected abstract void shaped(float x, float y, FallbackFace.Shaped run);

    /** After each line's runs, for a canvas that must put its state back. */
    protected void lineDrawn() {
    }
}
