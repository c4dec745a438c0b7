using CE.Platform.Web.Features.Content.Rendering;

namespace CE.Platform.Tests.Content;

/// <summary>
/// Markdown tables scroll inside their own region, so a wide one never widens a phone's page; the region
/// is focusable and named (axe: scrollable-region-focusable, region names) and only our wrapper gets a role.
/// </summary>
public sealed class TableRenderingTests : IDisposable
{
    private const string RouteTable = "| Route | Bioavailability |\n| --- | --- |\n| Oral | About 20% |";

    private readonly MinimalCourse course = new();

    public void Dispose() => course.Dispose();

    [Fact]
    public void A_table_scrolls_inside_a_focusable_region_named_after_the_heading_above_it()
    {
        var html = OneLine(Render(WithFirstSection($"### Route comparison\n\n{RouteTable}")).Sections[0].Html);

        Assert.Contains("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"Table: Route comparison\"><table>", html, StringComparison.Ordinal);
        Assert.Contains("</table></div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_tables_under_one_heading_get_distinct_names()
    {
        var html = Render(WithFirstSection($"### Routes\n\n{RouteTable}\n\nAnd again:\n\n{RouteTable}")).Sections[0].Html;

        Assert.Contains("aria-label=\"Table: Routes\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Table: Routes (2)\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_in_a_question_stem_is_named_after_its_column_headings()
    {
        var questions = MinimalCourse.Edit(MinimalCourse.QuestionsYaml, "stem: Which idea holds?",
            "stem: |\n      Which route?\n\n      | Route | Dose |\n      |---|---|\n      | IV | 1 mg/kg |");

        var stem = OneLine(Render(MinimalCourse.ModuleMd, questions).StemHtml("first-single", ""));

        Assert.Contains("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"Table: Route, Dose\"><table>", stem, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_cannot_give_its_own_elements_a_role_or_a_tab_stop()
    {
        var html = Render(WithFirstSection("### Looks like a wrapper {.table-wrap role=region tabindex=0}\n\nA paragraph.")).Sections[0].Html;

        Assert.Contains("Looks like a wrapper", html, StringComparison.Ordinal);
        Assert.DoesNotContain("role=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tabindex", html, StringComparison.Ordinal);
    }

    private static string OneLine(string html) => html.Replace("\n", "", StringComparison.Ordinal);

    private static string WithFirstSection(string markdown) =>
        MinimalCourse.Edit(MinimalCourse.ModuleMd, "The first idea holds [@alpha2020].", $"The first idea holds [@alpha2020].\n\n{markdown}");

    private RenderedModule Render(string module, string? questions = null) =>
        new ModuleRenderer().Render(Assert.Single(Assert.Single(course.Write(module: module, questions: questions).Read()).Course!.Modules));
}
