
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's49e5f76a3cbf3f13': `Geben Sie ihm ein source-Attribut, setzen Sie seine adapter-Eigenschaft per JavaScript oder platzieren Sie es in einem micropath-provider-Element.`,
's7458c3e835ad08bc': `Zum Beispiel:`,
'sa242c2df0f069eba': `Dieses Widget ist noch mit keiner Datenquelle verbunden.`,
    };
  