using BorderWatch.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Core.Review;

/// <summary>DI for the web: the review and event services, scoped like the store context they use.</summary>
public static class ReviewRegistration
{
    public static IServiceCollection AddBorderWatchReview(this IServiceCollection services)
    {
        services.AddScoped(sp => new ReviewService(sp.GetRequiredService<BorderWatchDbContext>(), sp.GetService<TimeProvider>()));
        services.AddScoped(sp => new EventService(sp.GetRequiredService<BorderWatchDbContext>(), sp.GetService<TimeProvider>()));
        services.AddScoped(sp => new EventProposals(sp.GetRequiredService<BorderWatchDbContext>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<EventProposals>>(), sp.GetService<TimeProvider>()));
        return services;
    }
}
