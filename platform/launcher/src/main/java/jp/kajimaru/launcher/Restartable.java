package jp.kajimaru.launcher;

/** A part of the embedded infrastructure that can be stopped and started again on the same address (see {@link FaultControl}). */
interface Restartable {

    void stop() throws Exception;

    void start() throws Exception;

    /** Ends the part without letting it shut down (a crash); {@link #start()} brings it back. Not every part can. */
    default void kill() throws Exception {
        throw new UnsupportedOperationException("only a stop, not a kill, is possible for this part");
    }
}
