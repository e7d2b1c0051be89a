using MudBlazor;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// The dashboard's light and dark palettes. Text and controls meet WCAG 2.1 AA: primary and the status colours
/// reach at least 4.5:1 on their background (and white text on primary), lines and outlines at least 3:1.
/// </summary>
public static class DashboardTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4f73",
            Secondary = "#5b3f8c",
            AppbarBackground = "#163d5a",
            Success = "#1e6b35",
            Warning = "#8a4b00",
            Error = "#b3261e",
            Info = "#1f5f99",
            TextSecondary = "rgba(0,0,0,0.68)",
            LinesDefault = "rgba(0,0,0,0.25)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ec5ef",
            PrimaryContrastText = "#0b1f30",   // text on the light primary (the app bar, filled buttons): white would be 1.8:1
            Secondary = "#c7b3f0",
            AppbarBackground = "#11283a",
            Success = "#7fd19a",
            Warning = "#ffb870",
            Error = "#ff9a8f",
            Info = "#8fc3f5",
            TextSecondary = "rgba(255,255,255,0.75)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"] },
        },
    };
}
