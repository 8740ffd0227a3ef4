package org.contactpoint.feed.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A batch of source records sent by a partner system. Created when received; its state and counts then move on
 * chunk by chunk in the feed's own SQL (with the chunk's records, in one transaction), so this entity only starts it.
 */
@Entity
@Table(name = "feed_batch")
public class FeedBatch {

    @Id
    @SequenceGenerator(name = "feed_batch_seq", sequenceName = "feed_batch_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feed_batch_seq")
    private Long id;

    @Column(name = "source_system", length = 32, nullable = false)
    private String sourceSystem;

    @Column(name = "submitted_by", length = 64, nullable = false)
    private String submittedBy;

    @Column(name = "status", length = 12, nullable = false)
    private String status;

    @Column(name = "lines_read", nullable = false)
    private long linesRead;

    @Column(name = "linked", nullable = false)
    private long linked;

    @Column(name = "created", nullable = false)
    private long created;

    @Column(name = "review", nullable = false)
    private long review;

    @Column(name = "ignored", nullable = false)
    private long ignored;

    @Column(name = "rejected", nullable = false)
    private long rejected;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "failure", length = 400)
    private String failure;

    @Version
    private long version;

    protected FeedBatch() {
        // for JPA
    }

    public FeedBatch(String sourceSystem, String submittedBy, String status, Instant receivedAt) {
        this.sourceSystem = sourceSystem;
        this.submittedBy = submittedBy;
        this.status = status;
        this.receivedAt = receivedAt;
    }

    public Long id() {
        return id;
    }
}
