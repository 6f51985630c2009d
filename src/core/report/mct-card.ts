/**
 * The Model Card Toolkit v0.0.2 card, typed after its JSON Schema
 * (schemas/reference/model-card-toolkit-v0.0.2.schema.json): only the fields mltrain fills.
 */
export const MCT_SCHEMA_VERSION = '0.0.2';

export interface MctPerformanceMetric {
  type: string;
  value: string;
  slice?: string;
  confidence_interval?: { lower_bound: string; upper_bound: string };
}

export interface MctDataset {
  name: string;
  description?: string;
  link?: string;
  sensitive?: { sensitive_data: string[] };
}

/** A graphic must be a base64 PNG in v0.0.2; mltrain fills the description only. */
export interface MctGraphics {
  description?: string;
  collection?: { name?: string; image?: string }[];
}

export interface MctKeyValue {
  key: string;
  value: string;
}

export interface MctModelCard {
  schema_version: string;
  model_details: {
    name: string;
    overview?: string;
    documentation?: string;
    owners?: { name: string; contact?: string }[];
    version?: { name?: string; date?: string; diff?: string };
    licenses?: ({ identifier: string } | { custom_text: string })[];
    references?: { reference: string }[];
    path?: string;
  };
  model_parameters: {
    model_architecture?: string;
    data?: MctDataset[];
    input_format?: string;
    input_format_map?: MctKeyValue[];
    output_format?: string;
    output_format_map?: MctKeyValue[];
  };
  quantitative_analysis: {
    performance_metrics: MctPerformanceMetric[];
    graphics?: MctGraphics;
  };
  considerations: {
    users?: { description: string }[];
    use_cases?: { description: string }[];
    limitations?: { description: string }[];
    tradeoffs?: { description: string }[];
    ethical_considerations?: { name: string; mitigation_strategy?: string }[];
  };
}
