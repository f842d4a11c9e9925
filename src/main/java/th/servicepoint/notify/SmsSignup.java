package th.servicepoint.notify;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The number a citizen typed: 0812345678, 081-234-5678, +66 81 234 5678 … (docs/api.md, "SMS"). */
public record SmsSignup(@NotNull @Size(max = 32) String phone) {
}
