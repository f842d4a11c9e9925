package th.servicepoint.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import th.servicepoint.common.ProblemException;
import th.servicepoint.common.Tokens;
import th.servicepoint.queue.RatingInvitations;
import th.servicepoint.queue.Ticket;

/** Invites the citizen of a served ticket to rate the service, and gives the link back while it can be used. */
@ApplicationScoped
public class SurveyInvitations implements RatingInvitations {

    private final SurveySettings settings;
    private final SurveyLinks links;
    private final Rotation rotation;
    private final Clock clock;

    SurveyInvitations(SurveySettings settings, SurveyLinks links, Rotation rotation, Clock clock) {
        this.settings = settings;
        this.links = links;
        this.rotation = rotation;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public String mintFor(Ticket ticket) {
        SurveyInvitation invitation = new SurveyInvitation();
        invitation.token = Tokens.random();
        invitation.ticket = ticket;
        invitation.servicePoint = ticket.servicePoint;
        invitation.service = ticket.service;
        invitation.counter = ticket.counter;
        invitation.clerk = ticket.clerk;
        invitation.createdAt = clock.instant();
        invitation.expiresAt = invitation.createdAt.plus(settings.invitationExpiry());
        // chosen now, so the clerk who completes the ticket cannot steer which questions the citizen gets
        List<String> rotated = rotation.choose(Questionnaire.current());
        invitation.askedItems = rotated == null ? null : rotated.toArray(String[]::new);
        invitation.persist();
        return links.invitation(invitation.token);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> openUrlFor(Ticket ticket) {
        Instant now = clock.instant();
        return SurveyInvitation.ofTicket(ticket)
                .filter(invitation -> !invitation.isExpired(now) && !invitation.isAnswered())
                .map(invitation -> links.invitation(invitation.token));
    }

    /** The link of an invitation, answered, expired or not: its QR code leads to a page that says which. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String urlOf(String token) {
        return SurveyInvitation.byToken(token).map(invitation -> links.invitation(invitation.token))
                .orElseThrow(() -> new ProblemException(404, "SURVEY_NOT_FOUND", "ไม่พบแบบประเมินนี้",
                        "This survey invitation was not found"));
    }
}
