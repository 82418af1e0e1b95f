
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's49e5f76a3cbf3f13': `Añádale un atributo source, asigne su propiedad adapter desde JavaScript o colóquelo dentro de un elemento micropath-provider.`,
's7458c3e835ad08bc': `Por ejemplo:`,
'sa242c2df0f069eba': `Este widget aún no está conectado a una fuente de datos.`,
    };
  