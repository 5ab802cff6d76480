using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Score.Web.Domain;

namespace Score.Web.Data.Configurations;

public sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("api_tokens");
        builder.Property(t => t.Version).IsRowVersion();
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.Property(t => t.Prefix).HasMaxLength(16);
        builder.Property(t => t.RevokedBy).HasMaxLength(256);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ApiIdempotencyRecordConfiguration : IEntityTypeConfiguration<ApiIdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<ApiIdempotencyRecord> builder)
    {
        builder.ToTable("api_idempotency_records");
        builder.HasKey(r => new { r.UserId, r.Key });
        builder.Property(r => r.Key).HasMaxLength(100);
        builder.Property(r => r.Request).HasMaxLength(300);
        builder.Property(r => r.Location).HasMaxLength(300);
        builder.HasIndex(r => r.CreatedAt);
    }
}

public sealed class OfflineEntryConfiguration : IEntityTypeConfiguration<OfflineEntry>
{
    public void Configure(EntityTypeBuilder<OfflineEntry> builder)
    {
        builder.ToTable("offline_entries");
        builder.Property(e => e.Version).IsRowVersion();
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.ResolvedBy).HasMaxLength(256);
        // A resend of the same entry finds the first: one row per phone-made id and user.
        builder.HasIndex(e => new { e.UserId, e.ClientId }).IsUnique();
        builder.HasIndex(e => new { e.PartnerId, e.State });
    }
}
