using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Score.Web.Domain;

namespace Score.Web.Data.Configurations;

public sealed class TrainingConfiguration : IEntityTypeConfiguration<Training>
{
    public void Configure(EntityTypeBuilder<Training> builder)
    {
        builder.ConfigureAudit();
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Venue).HasMaxLength(300);
        builder.Property(t => t.City).HasMaxLength(100);
        builder.Property(t => t.SponsorName).HasMaxLength(200);
        builder.Property(t => t.WorkshopVenue).HasMaxLength(300);
        builder.Property(t => t.ReviewComment).HasMaxLength(2000);
        builder.HasIndex(t => new { t.ReviewState, t.SubmittedAt });
        // The few trainings whose enterprises are being visited (VisitSchedule.VisitingStatuses: classroom done,
        // consultations), where the visit lists start.
        builder.HasIndex(t => t.Id).HasFilter($"status IN ({string.Join(", ", VisitSchedule.VisitingStatuses.Select(s => (int)s))})").HasDatabaseName("ix_trainings_visiting");
        builder.HasMany(t => t.Reviews).WithOne().HasForeignKey(r => r.TrainingId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.TotalCost).HasPrecision(16, 0);
        builder.Property(t => t.FeesCollected).HasPrecision(16, 0);
        builder.Property(t => t.FeePerEnterprise).HasPrecision(16, 0);
        builder.Property(t => t.SponsorContribution).HasPrecision(16, 0);
        builder.HasIndex(t => new { t.PartnerId, t.Status });
        builder.HasIndex(t => t.PlannedStart);
        builder.HasOne(t => t.Partner).WithMany().HasForeignKey(t => t.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.Module).WithMany().HasForeignKey(t => t.ModuleNumber).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.Variant).WithMany().HasForeignKey(t => t.VariantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.LeadTrainer).WithMany().HasForeignKey(t => t.LeadTrainerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.Province).WithMany().HasForeignKey(t => t.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.CoTrainers).WithOne().HasForeignKey(c => c.TrainingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Enrolments).WithOne(e => e.Training).HasForeignKey(e => e.TrainingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Days).WithOne().HasForeignKey(d => d.TrainingId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_trainings_dates", "planned_end >= planned_start");
            t.HasCheckConstraint("ck_trainings_amounts_not_negative", "total_cost >= 0 AND fees_collected >= 0 AND sponsor_contribution >= 0");
        });
    }
}

public sealed class TrainingCoTrainerConfiguration : IEntityTypeConfiguration<TrainingCoTrainer>
{
    public void Configure(EntityTypeBuilder<TrainingCoTrainer> builder)
    {
        builder.ToTable("training_co_trainers");
        builder.HasKey(c => new { c.TrainingId, c.TrainerId });
        builder.HasOne(c => c.Trainer).WithMany().HasForeignKey(c => c.TrainerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.ConfigureAudit();
        builder.HasIndex(e => new { e.TrainingId, e.EnterpriseId }).IsUnique();
        builder.HasIndex(e => e.EnterpriseId);
        builder.Property(e => e.FeePaid).HasPrecision(16, 0);
        builder.Property(e => e.Presenters).HasMaxLength(500);
        builder.Property(e => e.ResultsSummary).HasMaxLength(4000);
        builder.Property(e => e.ProductivityChangePercent).HasPrecision(7, 2);
        builder.Property(e => e.CostsSavedRupiah).HasPrecision(16, 0);
        builder.Property(e => e.DefectsChangePercent).HasPrecision(7, 2);
        builder.Property(e => e.EnergySavedPercent).HasPrecision(7, 2);
        builder.HasOne(e => e.Enterprise).WithMany().HasForeignKey(e => e.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Participants).WithOne(p => p.Enrolment).HasForeignKey(p => p.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.HasIndex(p => new { p.EnrolmentId, p.PersonId }).IsUnique();
        builder.HasIndex(p => p.PersonId);
        builder.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Attendance).WithOne().HasForeignKey(a => a.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ClassroomDayConfiguration : IEntityTypeConfiguration<ClassroomDay>
{
    public void Configure(EntityTypeBuilder<ClassroomDay> builder)
    {
        builder.ToTable("classroom_days");
        builder.ConfigureAudit();
        builder.Property(d => d.Venue).HasMaxLength(300);
        builder.Property(d => d.Topic).HasMaxLength(300);
        builder.HasIndex(d => new { d.TrainingId, d.Date }).IsUnique();
    }
}

public sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.ToTable("attendance");
        builder.HasKey(a => new { a.ParticipantId, a.ClassroomDayId });
        builder.HasOne<ClassroomDay>().WithMany().HasForeignKey(a => a.ClassroomDayId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.ConfigureAudit();
        builder.Property(c => c.Findings).HasMaxLength(4000);
        builder.HasIndex(c => new { c.EnrolmentId, c.Date });
        builder.HasOne(c => c.Enrolment).WithMany().HasForeignKey(c => c.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Trainer).WithMany().HasForeignKey(c => c.TrainerId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("ck_consultations_duration", "duration_minutes > 0 AND duration_minutes <= 1440"));
    }
}

public sealed class ImprovementActionConfiguration : IEntityTypeConfiguration<ImprovementAction>
{
    public void Configure(EntityTypeBuilder<ImprovementAction> builder)
    {
        builder.ToTable("improvement_actions");
        builder.ConfigureAudit();
        builder.Property(a => a.Description).HasMaxLength(500);
        builder.Property(a => a.Owner).HasMaxLength(200);
        builder.HasIndex(a => a.EnrolmentId);
        builder.HasOne<Enrolment>().WithMany().HasForeignKey(a => a.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(a => a.RaisedInConsultationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(a => a.LastReviewedInConsultationId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class KpiConfiguration : IEntityTypeConfiguration<Kpi>
{
    public void Configure(EntityTypeBuilder<Kpi> builder)
    {
        builder.HasKey(k => k.Code);
        builder.Property(k => k.Code).HasMaxLength(40);
        builder.Property(k => k.NameEn).HasMaxLength(120);
        builder.Property(k => k.NameId).HasMaxLength(120);
        builder.Property(k => k.UnitEn).HasMaxLength(60);
        builder.Property(k => k.UnitId).HasMaxLength(60);
    }
}

public sealed class ChecklistItemConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> builder)
    {
        builder.ToTable("checklist_items");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.TextEn).HasMaxLength(200);
        builder.Property(i => i.TextId).HasMaxLength(200);
        builder.HasOne<ScoreModule>().WithMany().HasForeignKey(i => i.ModuleNumber).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ChecklistAnswerConfiguration : IEntityTypeConfiguration<ChecklistAnswer>
{
    public void Configure(EntityTypeBuilder<ChecklistAnswer> builder)
    {
        builder.ToTable("checklist_answers");
        builder.HasKey(a => new { a.EnrolmentId, a.ChecklistItemId });
        builder.HasOne<Enrolment>().WithMany().HasForeignKey(a => a.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ChecklistItem>().WithMany().HasForeignKey(a => a.ChecklistItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class KpiValueConfiguration : IEntityTypeConfiguration<KpiValue>
{
    public void Configure(EntityTypeBuilder<KpiValue> builder)
    {
        builder.ToTable("kpi_values");
        builder.ConfigureAudit();
        builder.Property(v => v.Value).HasPrecision(18, 4);
        builder.Property(v => v.Period).HasMaxLength(40);
        builder.HasIndex(v => new { v.EnrolmentId, v.KpiCode, v.MeasuredOn });
        builder.HasOne<Enrolment>().WithMany().HasForeignKey(v => v.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(v => v.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Kpi>().WithMany().HasForeignKey(v => v.KpiCode).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class TrainingReviewConfiguration : IEntityTypeConfiguration<TrainingReview>
{
    public void Configure(EntityTypeBuilder<TrainingReview> builder)
    {
        builder.ToTable("training_reviews");
        builder.Property(r => r.Comment).HasMaxLength(2000);
        builder.Property(r => r.By).HasMaxLength(256);
        builder.HasIndex(r => r.TrainingId);
    }
}
