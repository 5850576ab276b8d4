using System.Xml;

namespace Parley.Store.Export;

/// <summary>
/// Writes a <see cref="Graph"/> as GEXF 1.3 (https://gexf.net/), Gephi's own format: one static undirected
/// graph with declared node and edge attributes; the node caption and edge weight use GEXF's own
/// <c>label</c> and <c>weight</c>.
/// </summary>
public static class GexfWriter
{
    /// <summary>The GEXF 1.3 namespace.</summary>
    public const string Namespace = "http://gexf.net/1.3";

    /// <summary>Writes <paramref name="graph"/> to <paramref name="output"/>.</summary>
    public static void Write(Graph graph, TextWriter output)
    {
        var nodeAttributes = GraphAttributes.Node.Where(a => a.Name != GraphAttributes.Label).ToList();
        var edgeAttributes = GraphAttributes.Edge.Where(a => a.Name != GraphAttributes.Weight).ToList();
        var weight = GraphAttributes.Edge.Single(a => a.Name == GraphAttributes.Weight);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true });
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, XmlSchemaInstance.Namespace);
        xml.WriteAttributeString("schemaLocation", XmlSchemaInstance.Namespace, Namespace + " http://gexf.net/1.3/gexf.xsd");
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta", Namespace);
        xml.WriteElementString("creator", Namespace, "Parley");
        xml.WriteElementString("description", Namespace, GraphAttributes.Describe(graph));
        xml.WriteEndElement();

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("defaultedgetype", "undirected");
        xml.WriteAttributeString("mode", "static");
        WriteDeclarations(xml, "node", nodeAttributes);
        WriteDeclarations(xml, "edge", edgeAttributes);
        xml.WriteStartElement("nodes", Namespace);
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Id);
            xml.WriteAttributeString("label", node.Label);
            WriteValues(xml, node, nodeAttributes);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("edges", Namespace);
        foreach (var edge in graph.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", edge.Id);
            xml.WriteAttributeString("source", edge.Source);
            xml.WriteAttributeString("target", edge.Target);
            xml.WriteAttributeString("weight", weight.Value(edge));
            WriteValues(xml, edge, edgeAttributes);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteDeclarations<T>(XmlWriter xml, string owner, IReadOnlyList<GraphAttribute<T>> attributes)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", owner);
        foreach (var attribute in attributes)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", attribute.Name);
            xml.WriteAttributeString("title", attribute.Name);
            xml.WriteAttributeString("type", attribute.Type switch
            {
                GraphValueType.Integer => "integer",
                GraphValueType.Real => "double",
                _ => "string",
            });
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteValues<T>(XmlWriter xml, T item, IReadOnlyList<GraphAttribute<T>> attributes)
    {
        var values = attributes.Select(a => (a.Name, Value: a.Value(item))).Where(v => v.Value is not null).ToList();
        if (values.Count == 0) return;
        xml.WriteStartElement("attvalues", Namespace);
        foreach (var (name, value) in values)
        {
            xml.WriteStartElement("attvalue", Namespace);
            xml.WriteAttributeString("for", name);
            xml.WriteAttributeString("value", value);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
