using BorderWatch.Core.Domain;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Store;

/// <summary>
/// The BorderWatch store. Entity configuration lives in the <c>IEntityTypeConfiguration</c> classes beside it; the
/// accounts (users, roles, their claims, logins and tokens) are ASP.NET Core Identity's tables in the same store.
/// </summary>
public class BorderWatchDbContext(DbContextOptions<BorderWatchDbContext> options) : IdentityDbContext<BorderWatchUser>(options)
{
    public DbSet<Outlet> Outlets => Set<Outlet>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleBand> ArticleBands => Set<ArticleBand>();
    public DbSet<ArticleShingles> ArticleShingles => Set<ArticleShingles>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<ActorAlias> ActorAliases => Set<ActorAlias>();
    public DbSet<BorderSegment> BorderSegments => Set<BorderSegment>();
    public DbSet<BorderLength> BorderLengths => Set<BorderLength>();
    public DbSet<Place> Places => Set<Place>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<IncidentActor> IncidentActors => Set<IncidentActor>();
    public DbSet<Excerpt> Excerpts => Set<Excerpt>();
    public DbSet<IncidentReview> IncidentReviews => Set<IncidentReview>();
    public DbSet<MachineValues> MachineValues => Set<MachineValues>();
    public DbSet<IncidentAttachment> IncidentAttachments => Set<IncidentAttachment>();
    public DbSet<IncidentCasualties> IncidentCasualties => Set<IncidentCasualties>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventReport> EventReports => Set<EventReport>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<IncidentTally> IncidentTallies => Set<IncidentTally>();
    public DbSet<MonthTally> MonthTallies => Set<MonthTally>();
    public DbSet<ActorTally> ActorTallies => Set<ActorTally>();
    public DbSet<DateTally> DateTallies => Set<DateTally>();
    public DbSet<YearTally> YearTallies => Set<YearTally>();
    public DbSet<ActorDateTally> ActorDateTallies => Set<ActorDateTally>();
    public DbSet<ActorPairTally> ActorPairTallies => Set<ActorPairTally>();
    public DbSet<ActorPairMonthTally> ActorPairMonthTallies => Set<ActorPairMonthTally>();
    public DbSet<PlaceTally> PlaceTallies => Set<PlaceTally>();

    /// <summary>
    /// The incidents whose full-text search document matches (the syntax of <see cref="Queries.SearchQuery.MatchExpression"/>):
    /// FTS5's table-valued function on SQLite, a set-returning SQL function on PostgreSQL (<see cref="IncidentSearchIndex"/>).
    /// Only for use inside queries.
    /// </summary>
    public static IQueryable<IncidentSearchHit> IncidentSearch(string match) =>
        throw new NotSupportedException($"{nameof(IncidentSearch)} is translated to SQL; use it inside a query on the store.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);   // Identity's tables
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BorderWatchDbContext).Assembly);
        // Not a table: the result row of the search function, whose one column FTS5 names rowid.
        modelBuilder.Entity<IncidentSearchHit>(b =>
        {
            b.HasNoKey().ToTable((string?)null);
            b.Property(h => h.IncidentId).HasColumnName("rowid");
        });
        modelBuilder.HasDbFunction(typeof(BorderWatchDbContext).GetMethod(nameof(IncidentSearch), [typeof(string)])!)
            .HasName(nameof(IncidentSearch));
    }

    // PostgreSQL's timestamptz accepts only UTC offsets; storing every instant as UTC keeps callers free to pass
    // local times (DateTimeOffset.Now) on either provider. The column type is unchanged.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
}

/// <summary>Stores a <see cref="DateTimeOffset"/> as the same instant in UTC.</summary>
public sealed class UtcDateTimeOffsetConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(), v => v.ToUniversalTime())
{
}
