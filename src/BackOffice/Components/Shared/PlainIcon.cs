using Microsoft.AspNetCore.Components;

namespace CarRentalGateway.BackOffice.Components.Shared;

/// <summary>
/// A MudBlazor icon (its SVG content, as in <c>Icons.Material.Filled</c>) drawn as markup inside its parent. A MudIcon is a
/// component of its own, and the layout around every page is drawn once per open session (docs/decisions.md).
/// </summary>
public static class PlainIcon
{
    public static RenderFragment Svg(string svgContent, string cssClass = "mud-icon-root mud-svg-icon mud-icon-size-medium") => builder =>
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", cssClass);
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddMarkupContent(5, svgContent);
        builder.CloseElement();
    };
}
