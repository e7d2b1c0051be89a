using System.Globalization;
using System.Threading.RateLimiting;
using BorderWatch.Core;
using StoreOptions = BorderWatch.Core.StoreOptions;
using BorderWatch.Core.Accounts;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BorderWatch.Web.Access;

/// <summary>
/// Sign-in and what each role may do: Identity's cookie (HttpOnly, SameSite=Lax, Secure on HTTPS) or a personal API
/// token, the read/analyst/admin policies, rate limits on sign-in and ingest, and data-protection keys kept on disk
/// next to the store so sign-ins and antiforgery tokens survive a restart.
/// </summary>
public static class AccessHosting
{
    public const string SignInLimit = "sign-in";
    public const string IngestLimit = "ingest";
    public const string PasswordLimit = "password";
    public const string CookieName = "BorderWatch.SignIn";
    private const string EitherScheme = "CookieOrToken";

    public static IServiceCollection AddAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccessOptions>(configuration.GetSection(AccessOptions.Section));

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = EitherScheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(EitherScheme, "Cookie or API token", o => o.ForwardDefaultSelector = context =>
                ApiTokenAuthentication.Presents(context.Request) ? ApiTokenAuthentication.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null)
            .AddIdentityCookies();
        // Account changes are audited under the signed-in user who makes them (the static account pages run in a request).
        services.AddHttpContextAccessor();
        services.AddScoped(sp => new AccountActor(sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User.Identity?.Name is { Length: > 0 } name
            ? name : "web (not signed in)"));
        services.AddBorderWatchAccounts().AddSignInManager();
        services.ConfigureApplicationCookie(ConfigureCookie);
        // A changed role, a lock or a removal reaches signed-in browsers within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthorization(AccessPolicies.Add);
        services.AddSingleton<IAuthorizationHandler, ReadAccessHandler>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, AccountStateRevalidation>();

        services.AddRateLimiter(AddLimits);

        services.AddDataProtection().SetApplicationName("BorderWatch");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<StoreOptions>, IOptions<AccessOptions>, ILoggerFactory>((o, store, access, loggers) =>
            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(KeysFolder(store.Value, access.Value)), loggers));
        return services;
    }

    /// <summary>Authentication, authorization and rate limiting; before antiforgery, which needs to know the user.</summary>
    public static IApplicationBuilder UseAccess(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The data-protection key folder: configured, else <c>keys</c> beside the SQLite file, else the local application data folder.</summary>
    public static string KeysFolder(StoreOptions store, AccessOptions access)
    {
        if (!string.IsNullOrWhiteSpace(access.KeysFolder)) return Path.GetFullPath(access.KeysFolder);
        if (string.IsNullOrWhiteSpace(store.Provider) || store.Provider.Equals(Core.Store.StoreSetup.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            var text = string.IsNullOrWhiteSpace(store.ConnectionString) ? StoreOptions.DefaultSqlitePath : store.ConnectionString.Trim();
            var file = text.Contains('=') ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(text).DataSource : text;
            if (!string.IsNullOrEmpty(file) && file != ":memory:")
                return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, "keys");
        }
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "BorderWatch", "keys");
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = CookieName;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        o.LoginPath = "/account/sign-in";
        o.LogoutPath = "/account/sign-out";
        o.AccessDeniedPath = "/account/denied";
        // The JSON API and its OpenAPI description answer 401/403 problems; pages redirect to sign-in or the "not allowed" page.
        o.Events.OnRedirectToLogin = c => IsApi(c.Request)
            ? ErrorResponses.WriteProblemAsync(c.HttpContext, StatusCodes.Status401Unauthorized, "Sign-in required",
                "Sign in, or send a personal API token as 'Authorization: Bearer …'.")
            : Redirect(c);
        o.Events.OnRedirectToAccessDenied = c => IsApi(c.Request)
            ? ErrorResponses.WriteProblemAsync(c.HttpContext, StatusCodes.Status403Forbidden, "Not allowed",
                "This needs the analyst role (or admin).")
            : Redirect(c);
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> c)
    {
        c.Response.Redirect(c.RedirectUri);
        return Task.CompletedTask;
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi");

    private static void AddLimits(RateLimiterOptions o)
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.OnRejected = async (context, _) =>
        {
            var after = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            var seconds = Math.Max(1, (int)Math.Ceiling(after.TotalSeconds));
            context.HttpContext.Response.OnStarting(() =>
            {
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            await ErrorResponses.WriteProblemAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                $"Too many attempts in a short time; try again in {seconds.ToString(CultureInfo.InvariantCulture)} seconds.");
        };
        // Sign-in: posts per client address (showing the form is never limited).
        o.AddPolicy(SignInLimit, http => HttpMethods.IsPost(http.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter("ip:" + Client(http), _ => PerMinute(Options(http).SignInPermitsPerMinute))
            : RateLimitPartition.GetNoLimiter("show"));
        // Password change: posts per account (the page needs one; showing the form is never limited).
        o.AddPolicy(PasswordLimit, http => HttpMethods.IsPost(http.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter("user:" + (http.User.Identity?.Name ?? "ip:" + Client(http)), _ => PerMinute(Options(http).PasswordChangePermitsPerMinute))
            : RateLimitPartition.GetNoLimiter("show"));
        // Ingest: per account, or per client address for requests not signed in (which are refused anyway).
        o.AddPolicy(IngestLimit, http => RateLimitPartition.GetFixedWindowLimiter(
            http.User.Identity?.IsAuthenticated == true ? "user:" + http.User.Identity.Name : "ip:" + Client(http),
            _ => PerMinute(Options(http).IngestPermitsPerMinute)));
    }

    private static AccessOptions Options(HttpContext http) => http.RequestServices.GetRequiredService<IOptionsMonitor<AccessOptions>>().CurrentValue;

    private static string Client(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = Math.Max(1, permits), Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true };
}
