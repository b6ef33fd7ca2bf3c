package jp.kajimaru.launcher;

/** A part of the embedded infrastructure that can be stopped and started again on the same address (see {@link FaultControl}). */
interface Restartable {

    void stop() throws Exception;

    void start() throws Exception;
}
