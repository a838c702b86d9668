using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using TimelineApp.Data.Entities;

namespace TimelineApp.Data;

/// <summary>
/// One model for both providers. NodaTime values are stored provider-neutrally: instants as Unix
/// milliseconds, local dates as dates. Indexes follow the UI's queries: by dataset and time, by actor
/// and by country in time order (the link rows carry their event's dataset and start), and (PostgreSQL) text search on titles and evidence. Schema changes need a migration in
/// both migrations projects (README, "Schema changes").
/// </summary>
public sealed class TimelineDbContext(DbContextOptions<TimelineDbContext> options)
    : IdentityDbContext<AccountRecord, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>The three roles, seeded with fixed ids and stamps (new ones on each build would look like a model change).</summary>
    internal static readonly IdentityRole<Guid>[] SeededRoles =
    [
        new() { Id = new Guid("7a0f1f7e-0b4e-4f59-9d5a-1b1c6c0a0001"), Name = "admin", NormalizedName = "ADMIN", ConcurrencyStamp = "role-admin" },
        new() { Id = new Guid("7a0f1f7e-0b4e-4f59-9d5a-1b1c6c0a0002"), Name = "editor", NormalizedName = "EDITOR", ConcurrencyStamp = "role-editor" },
        new() { Id = new Guid("7a0f1f7e-0b4e-4f59-9d5a-1b1c6c0a0003"), Name = "viewer", NormalizedName = "VIEWER", ConcurrencyStamp = "role-viewer" },
    ];

    public DbSet<AuditEntryRecord> AuditEntries => Set<AuditEntryRecord>();

    public DbSet<DatasetRecord> Datasets => Set<DatasetRecord>();

    public DbSet<DumpRecord> Dumps => Set<DumpRecord>();

    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    public DbSet<EventRecord> Events => Set<EventRecord>();

    public DbSet<EventSourceRecord> EventSources => Set<EventSourceRecord>();

    public DbSet<EventActorRecord> EventActors => Set<EventActorRecord>();

    public DbSet<EventCountryRecord> EventCountries => Set<EventCountryRecord>();

    public DbSet<ActorRecord> Actors => Set<ActorRecord>();

    public DbSet<DatasetCountryRecord> DatasetCountries => Set<DatasetCountryRecord>();

    public DbSet<IngestJobRecord> IngestJobs => Set<IngestJobRecord>();

    public DbSet<ShareLinkRecord> ShareLinks => Set<ShareLinkRecord>();

    public DbSet<StoryRecord> Stories => Set<StoryRecord>();

    public DbSet<CorrectionRecord> Corrections => Set<CorrectionRecord>();

    public DbSet<StoryViewRecord> StoryViews => Set<StoryViewRecord>();

    /// <summary>The ASP.NET Core Data Protection key ring (cookies, antiforgery), shared by every node on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Instant>().HaveConversion<InstantToUnixMillisConverter>();
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateToDateOnlyConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder); // the Identity tables (AspNetUsers, AspNetRoles, ...)
        builder.Entity<IdentityRole<Guid>>().HasData(SeededRoles);
        builder.Entity<AuditEntryRecord>(a =>
        {
            a.HasKey(x => x.Id);
            a.Property(x => x.ActorName).HasMaxLength(256);
            a.Property(x => x.Via).HasMaxLength(16);
            a.Property(x => x.Action).HasMaxLength(32);
            a.Property(x => x.TargetName).HasMaxLength(256);
            a.HasIndex(x => x.At);
        });
        bool postgres = Database.IsNpgsql();
        if (postgres)
        {
            // Trigram indexes serve the filter's case-insensitive "contains" (ILIKE '%term%'), which no b-tree can.
            builder.HasPostgresExtension("pg_trgm");
        }

        builder.Entity<DatasetRecord>(d =>
        {
            d.HasKey(x => x.Id);
            d.Property(x => x.Name).HasMaxLength(200);
            d.Property(x => x.ZoneId).HasMaxLength(64);
            d.Property(x => x.DumpHash).HasMaxLength(64);
            d.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            d.HasIndex(x => x.DumpHash);
            // No default in the model: the migration gives existing rows "SignedIn" (README, "Schema changes").
            d.Property(x => x.Visibility).HasConversion<string>().HasMaxLength(16);
            d.HasOne<AccountRecord>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.SetNull);
            d.HasIndex(x => x.OwnerId);
            d.HasMany(x => x.Documents).WithOne().HasForeignKey(x => x.DatasetId).OnDelete(DeleteBehavior.Cascade);
            d.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.DatasetId).OnDelete(DeleteBehavior.Cascade);
            d.HasMany(x => x.Actors).WithOne().HasForeignKey(x => x.DatasetId).OnDelete(DeleteBehavior.Cascade);
            d.HasMany(x => x.Countries).WithOne().HasForeignKey(x => x.DatasetId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<DumpRecord>(d =>
        {
            d.HasKey(x => x.Hash);
            d.Property(x => x.Hash).HasMaxLength(64);
        });
        builder.Entity<DocumentRecord>(d =>
        {
            d.HasIndex(x => new { x.DatasetId, x.Index }).IsUnique();
            d.Property(x => x.PublishedBasis).HasConversion<string>().HasMaxLength(24);
        });
        builder.Entity<EventRecord>(e =>
        {
            e.HasIndex(x => new { x.DatasetId, x.Start, x.End });
            e.HasIndex(x => new { x.DatasetId, x.Key }).IsUnique();
            if (postgres)
            {
                e.HasIndex(x => x.Title).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("IX_Events_Title_Trigram");
                e.HasIndex(x => x.Evidence).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("IX_Events_Evidence_Trigram");
            }

            e.Property(x => x.Precision).HasConversion<string>().HasMaxLength(16);
            e.HasMany(x => x.Sources).WithOne().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Actors).WithOne().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Countries).WithOne().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<EventActorRecord>(e =>
        {
            e.HasKey(x => new { x.EventId, x.ActorId });
            // "Events of actor X in dataset D, in time order": an index-only range read in order (EventPages), then
            // the events by key. The link carries the event's dataset and start for this (written with the event).
            e.HasIndex(x => new { x.DatasetId, x.ActorId, x.Start, x.EventId });
        });
        builder.Entity<EventCountryRecord>(e =>
        {
            e.HasKey(x => new { x.EventId, x.CountryCode });
            e.Property(x => x.CountryCode).HasMaxLength(3);
            e.HasIndex(x => new { x.DatasetId, x.CountryCode, x.Start, x.EventId }); // "events in country X", as for actors
        });
        builder.Entity<ActorRecord>(a =>
        {
            a.HasIndex(x => new { x.DatasetId, x.Key }).IsUnique();
            a.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            a.Property(x => x.CountryCode).HasMaxLength(3);
        });
        builder.Entity<DatasetCountryRecord>(c =>
        {
            c.HasKey(x => new { x.DatasetId, x.Code });
            c.Property(x => x.Code).HasMaxLength(3);
        });
        builder.Entity<StoryRecord>(st =>
        {
            st.HasKey(x => x.Id);
            st.Property(x => x.Name).HasMaxLength(200);
            // A story goes when its last capture is deleted (DatasetStore), never before: captures hold on to it.
            st.HasMany<DatasetRecord>().WithOne().HasForeignKey(x => x.StoryId).OnDelete(DeleteBehavior.Restrict);
            st.HasMany(x => x.Corrections).WithOne().HasForeignKey(x => x.StoryId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<DatasetRecord>().HasIndex(x => x.StoryId);
        builder.Entity<StoryViewRecord>(v =>
        {
            v.HasKey(x => x.StoryId);
            v.Property(x => x.Inputs).HasMaxLength(64);
            v.HasOne<StoryRecord>().WithOne().HasForeignKey<StoryViewRecord>(x => x.StoryId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<CorrectionRecord>(c =>
        {
            c.HasKey(x => x.Id);
            c.Property(x => x.Kind).HasMaxLength(32);
            c.Property(x => x.CreatedByName).HasMaxLength(256);
            c.Property(x => x.UndoneByName).HasMaxLength(256);
            c.HasIndex(x => new { x.StoryId, x.Id });
        });
        builder.Entity<ShareLinkRecord>(l =>
        {
            l.HasKey(x => x.Id);
            l.Property(x => x.TokenHash).HasMaxLength(64);
            l.HasIndex(x => x.TokenHash).IsUnique();
            l.Property(x => x.View).HasMaxLength(4000);
            l.Property(x => x.CreatedByName).HasMaxLength(256);
            // A dataset's links go with it.
            l.HasOne<DatasetRecord>().WithMany().HasForeignKey(x => x.DatasetId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<IngestJobRecord>(j =>
        {
            j.HasKey(x => x.Id);
            j.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            j.Property(x => x.Stage).HasConversion<string>().HasMaxLength(24);
            j.HasIndex(x => new { x.Status, x.CreatedAt });
            j.HasIndex(x => x.DatasetId);
        });
    }

    private sealed class InstantToUnixMillisConverter() : ValueConverter<Instant, long>(
        i => i.ToUnixTimeMilliseconds(), ms => Instant.FromUnixTimeMilliseconds(ms));

    private sealed class LocalDateToDateOnlyConverter() : ValueConverter<LocalDate, DateOnly>(
        d => d.ToDateOnly(), d => LocalDate.FromDateOnly(d));
}
