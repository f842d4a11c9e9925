package th.servicepoint.security;

public enum DeviceKind {
    KIOSK,
    DISPLAY
}
