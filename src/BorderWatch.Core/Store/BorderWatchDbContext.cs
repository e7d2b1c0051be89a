using BorderWatch.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Store;

/// <summary>The BorderWatch store. Entity configuration lives in the <c>IEntityTypeConfiguration</c> classes beside it.</summary>
public class BorderWatchDbContext(DbContextOptions<BorderWatchDbContext> options) : DbContext(options)
{
    public DbSet<Outlet> Outlets => Set<Outlet>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<ActorAlias> ActorAliases => Set<ActorAlias>();
    public DbSet<BorderSegment> BorderSegments => Set<BorderSegment>();
    public DbSet<BorderLength> BorderLengths => Set<BorderLength>();
    public DbSet<Place> Places => Set<Place>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<IncidentActor> IncidentActors => Set<IncidentActor>();
    public DbSet<Excerpt> Excerpts => Set<Excerpt>();
    public DbSet<IncidentReview> IncidentReviews => Set<IncidentReview>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BorderWatchDbContext).Assembly);
}
