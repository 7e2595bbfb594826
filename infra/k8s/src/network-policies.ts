import type { KubernetesObject } from './render.js';

/** A pod as the network policies see it: its namespace, its labels and its namespace's labels. */
export interface Pod {
  name: string;
  namespace: string;
  labels: Record<string, string>;
}

interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: {
    key: string;
    operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
    values?: string[];
  }[];
}

interface Peer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: { cidr: string; except?: string[] };
}

interface PortRule {
  port?: number | string;
  endPort?: number;
  protocol?: string;
}

interface Rule {
  from?: Peer[];
  to?: Peer[];
  ports?: PortRule[];
}

interface NetworkPolicySpec {
  podSelector: LabelSelector;
  policyTypes?: ('Ingress' | 'Egress')[];
  ingress?: Rule[];
  egress?: Rule[];
}

export interface Connection {
  from: Pod;
  to: Pod;
  port: number;
  protocol?: 'TCP' | 'UDP';
}

/**
 * Whether the NetworkPolicies let `from` open a connection to `to` on a port, by Kubernetes' rules: a pod that
 * no policy of a direction selects is open in that direction; a selected one admits only what some selecting
 * policy's rule allows; the connection needs both `from`'s egress and `to`'s ingress. An ipBlock is taken to
 * match every pod too (whether a CNI applies it to pod addresses varies), so the answer errs towards "open".
 */
export function allows(
  policies: KubernetesObject[],
  { from, to, port, protocol = 'TCP' }: Connection,
): boolean {
  const admits = (direction: 'Ingress' | 'Egress', selected: Pod, peer: Pod) => {
    const selecting = policies
      .filter((policy) => (policy.metadata.namespace ?? 'cchc') === selected.namespace)
      .map((policy) => policy.spec as NetworkPolicySpec)
      .filter((spec) => policyTypes(spec).includes(direction) && matches(spec.podSelector, selected.labels));
    if (selecting.length === 0) return true;
    return selecting.some((spec) =>
      (direction === 'Ingress' ? spec.ingress : spec.egress)?.some(
        (rule) =>
          portMatches(rule.ports, port, protocol) &&
          peerMatches(direction === 'Ingress' ? rule.from : rule.to, peer, selected.namespace),
      ),
    );
  };
  return admits('Egress', from, to) && admits('Ingress', to, from);
}

function policyTypes(spec: NetworkPolicySpec): ('Ingress' | 'Egress')[] {
  return spec.policyTypes ?? (spec.egress ? ['Ingress', 'Egress'] : ['Ingress']);
}

function peerMatches(peers: Peer[] | undefined, pod: Pod, policyNamespace: string): boolean {
  if (!peers || peers.length === 0) return true;
  return peers.some((peer) => {
    if (peer.ipBlock) return true;
    const namespaceLabels = { 'kubernetes.io/metadata.name': pod.namespace };
    const inNamespace = peer.namespaceSelector
      ? matches(peer.namespaceSelector, namespaceLabels)
      : pod.namespace === policyNamespace;
    return inNamespace && (!peer.podSelector || matches(peer.podSelector, pod.labels));
  });
}

function portMatches(rules: PortRule[] | undefined, port: number, protocol: string): boolean {
  if (!rules || rules.length === 0) return true;
  return rules.some((rule) => {
    if ((rule.protocol ?? 'TCP') !== protocol) return false;
    if (rule.port === undefined) return true;
    if (typeof rule.port === 'string') throw new Error(`named port ${rule.port}: write the number`);
    return rule.endPort === undefined ? rule.port === port : port >= rule.port && port <= rule.endPort;
  });
}

function matches(selector: LabelSelector, labels: Record<string, string>): boolean {
  const byLabel = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpression = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    const value = labels[key];
    if (operator === 'Exists') return value !== undefined;
    if (operator === 'DoesNotExist') return value === undefined;
    if (operator === 'In') return value !== undefined && values.includes(value);
    return value === undefined || !values.includes(value);
  });
  return byLabel && byExpression;
}
