package io.tradewind.lead;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An inbound contact to log against a lead; {@code occurredAt} defaults to now. */
@Schema(name = "InquiryRequest")
public record InquiryRequest(
        @NotBlank @Schema(examples = "phone") String channel,
        @NotBlank @Size(max = 2000) @Schema(examples = "来电咨询彩超设备代理政策，希望收到报价单") String summary,
        @Schema(examples = "2026-03-02T02:30:00Z") String occurredAt) {
}
