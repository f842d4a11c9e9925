package th.servicepoint.common;

/** A code (usually an enum constant) with the Thai words reports and screens show for it. */
public interface ThaiLabelled {

    String labelTh();
}
