using Bunit;
using TimelineApp.Web.Components.Layout;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Components;

public sealed class LayoutTests : TimelineTestContext
{
    [Fact]
    public void MainLayout_HasAppBarWithNavigationToEveryPage()
    {
        var cut = Render<MainLayout>(p => p.Add(l => l.Body, b => b.AddContent(0, "page body")));

        Assert.Contains("TimelineApp", cut.Find(".mud-appbar").TextContent, StringComparison.Ordinal);
        Assert.Equal("/", cut.Find("[data-testid=nav-timeline]").GetAttribute("href"));
        Assert.Equal("/upload", cut.Find("[data-testid=nav-upload]").GetAttribute("href"));
        Assert.Equal("/datasets", cut.Find("[data-testid=nav-datasets]").GetAttribute("href"));
        Assert.Contains("page body", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("true", cut.Find("[data-interactive]").GetAttribute("data-interactive"));
    }
}
